/**
 * The README's main command, end to end: the real `eslint` binary, the built plugin, the
 * bundled examples. Needs `npm run build` first (npm test runs it).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslintBin = path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; message: string; fatal?: boolean }[];
}

function runEslint(...args: string[]): { status: number | null; results: LintResult[]; stderr: string } {
  const run = spawnSync(process.execPath, [eslintBin, '--format', 'json', ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, results: JSON.parse(run.stdout || '[]') as LintResult[], stderr: run.stderr };
}

describe('eslint CLI on examples/', () => {
  it('finds the expected problems, and none in the documented file', () => {
    expect(fs.existsSync(path.join(root, 'dist', 'index.js')), 'run `npm run build` first').toBe(true);
    const { status, results, stderr } = runEslint('--max-warnings=0', '--config', 'examples/eslint.config.js', 'examples/src');
    expect(stderr).toBe('ESLint found too many warnings (maximum: 0).\n');
    // Exit 1: problems found; 2 would be a crash or a configuration error.
    expect(status).toBe(1);
    // File → "line rule" pairs: precise enough to catch a moved or lost finding, and readable in a diff.
    const found = Object.fromEntries(
      results.map((result) => [
        path.relative(root, result.filePath),
        result.messages.map((message) => `${message.line} ${message.ruleId}`),
      ]),
    );
    // Each example shows what assistant-style code gets: density and gaps in plain files,
    // marker and description findings in the file marked as generated, leftovers (elisions,
    // commented-out code, stubs, an edit note) where an assistant left them, nothing in pricing.js.
    expect(found).toEqual({
      'examples/src/Dashboard.tsx': ['1 ai-code/comment-ratio', '3 ai-code/no-comment-gap', '9 ai-code/comment-ratio'],
      // Its elision and commented-out line are reported, and they do not count as documentation.
      'examples/src/csv-import.js': [
        '1 ai-code/comment-ratio',
        '4 ai-code/comment-ratio',
        '25 ai-code/no-placeholder-comments',
        '29 ai-code/no-commented-out-code',
      ],
      'examples/src/order-service.ts': ['1 ai-code/comment-ratio', '4 ai-code/no-comment-gap', '22 ai-code/comment-ratio'],
      'examples/src/pricing.js': [],
      'examples/src/rate-limit.ts': [
        '1 ai-code/comment-ratio',
        '7 ai-code/no-comment-gap',
        '12 ai-code/valid-generated-markers',
        '13 ai-code/no-undocumented-generated',
        '17 ai-code/no-undocumented-generated',
        '21 ai-code/no-undocumented-generated',
        '34 ai-code/no-undocumented-generated',
      ],
      'examples/src/user-routes.js': [
        '1 ai-code/comment-ratio',
        '15 ai-code/no-placeholder-comments',
        '16 ai-code/no-commented-out-code',
        '25 ai-code/no-placeholder-comments',
        '27 ai-code/no-edit-history-comments',
        '31 ai-code/no-placeholder-comments',
        '35 ai-code/no-placeholder-comments',
      ],
    });
  });

  it('reports an unparsable file as ESLint parse error, not as a rule crash', () => {
    // Inside the project: ESLint ignores files outside the config's base path.
    fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
    const dir = fs.mkdtempSync(path.join(root, 'test-results', 'broken-'));
    try {
      fs.writeFileSync(path.join(dir, 'broken.js'), 'function (\n');
      const { status, results } = runEslint('--config', 'examples/eslint.config.js', path.relative(root, dir));
      expect(status).toBe(1);
      expect(results[0]?.messages).toEqual([
        expect.objectContaining({ ruleId: null, fatal: true, line: 1, message: 'Parsing error: Unexpected token (' }),
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

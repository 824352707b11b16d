/**
 * The README's main command, end to end: the real `eslint` binary, the built plugin, the
 * bundled examples. Needs `npm run build` first (npm test runs it).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXPECTED_FINDINGS } from '../../examples/expected-findings.js';

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
    expect(found).toEqual(EXPECTED_FINDINGS);
  });

  // `npm run example` after its build: the same findings, printed, and one line that says so.
  it('runs the README example to one line and exit code 0', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'example.js')], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('examples/src/user-routes.js\n');
    expect(run.stdout.split('\n').slice(-4)).toEqual([
      '  0 errors and 1 warning potentially fixable with the `--fix` option.',
      '',
      'Example OK: these 15 warnings are what the examples were written to show (AI-style code gets them; Dashboard.tsx and pricing.js, markup and documented code, get none).',
      '',
    ]);
    expect(run.status).toBe(0);
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

/**
 * The report's worker threads count exactly what the main thread counts. Workers run the built
 * code (dist/, which `npm test` builds first), as the installed command does.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFiles } from '../../bench/corpus.js';
import { countFile, likelyScanOptions } from '../../cli/report/fast-path.js';
import { readSettings } from '../../lib/settings.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsParser = path.join(root, 'node_modules/@typescript-eslint/parser/dist/index.js');
const tag = '@ai' + '-generated';

/**
 * A project in which each way a file can be counted occurs: corpus files for the fast path,
 * a marked file and JSX (ESLint's path), settings that differ for one folder (a speculative
 * count to redo), an ignored file, and a file that does not parse.
 */
function writeProject(work: string): void {
  // Real files for the fast path, numbered so that names from different folders never clash.
  for (const [index, { file }] of corpusFiles().slice(0, 60).entries()) fs.cpSync(file, path.join(work, 'src', `${index}-${path.basename(file)}`));
  fs.mkdirSync(path.join(work, 'team'));
  fs.writeFileSync(path.join(work, 'team', 'aliased.js'), '// @copilot tool=x\nfunction f() {\n  return 1;\n}\nmodule.exports = f;\n');
  fs.writeFileSync(path.join(work, 'src', 'marked.js'), `// ${tag} tool=x\nexport const a = 1;\n`);
  fs.writeFileSync(path.join(work, 'src', 'view.jsx'), 'export const View = () => <div>{1}</div>;\n');
  fs.writeFileSync(path.join(work, 'src', 'broken.js'), 'export function (\n');
  fs.writeFileSync(path.join(work, 'src', 'ignored.js'), 'const x = 1;\n');
  // The parser by absolute path: the project lives outside this repository's node_modules.
  fs.writeFileSync(
    path.join(work, 'eslint.config.js'),
    [
      `import tsParser from ${JSON.stringify(tsParser)};`,
      'export default [',
      "  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' } },",
      "  { files: ['src/**/*.js', '**/*.jsx'], languageOptions: { sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } } },",
      "  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },",
      "  { files: ['team/**'], settings: { 'ai-code': { markerAliases: ['@copilot'] } } },",
      "  { ignores: ['src/ignored.js'] },",
      '];',
      '',
    ].join('\n'),
  );
}

describe('ai-code report on worker threads', () => {
  let work = '';
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-workers-'));
    writeProject(work);
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  // The installed command, as users run it, with the worker count set through the environment.
  const report = (workers: string): ReturnType<typeof spawnSync> =>
    spawnSync(process.execPath, [path.join(root, 'bin/ai-code.js'), 'report', '--format', 'json'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, AI_CODE_REPORT_WORKERS: workers },
    });

  // Identical bytes on stdout and stderr: the same files, counts, order and skipped-file notes.
  it('gives the same report with two workers as with none', () => {
    const alone = report('0');
    const pooled = report('2');
    expect(alone.status).toBe(0);
    expect(pooled.stdout).toBe(alone.stdout);
    expect(pooled.stderr).toBe(alone.stderr);
    const parsed = JSON.parse(String(alone.stdout));
    // 60 corpus files, the config, the aliased, marked and JSX files: not the ignored or the broken one.
    expect(parsed.totals.files).toBe(64);
    expect(parsed.files.find((file: { path: string }) => file.path === 'team/aliased.js')?.generated.undocumented, parsed.files.map((file: { path: string }) => file.path).join()).toBe(1);
    expect(String(alone.stderr)).toBe('src/broken.js: skipped, Parsing error: Unexpected token (\n');
  });

  it('answers from the workers what countFile answers on this thread', async () => {
    const { ScanPool } = await import('../../dist/cli/report/scan-pool.js');
    const files = corpusFiles().slice(0, 80).map(({ file }) => file);
    const jobs = files.map((file) => ({ file, options: likelyScanOptions(file) }));
    const pool = new ScanPool(2, jobs);
    try {
      const counted = await Promise.all(jobs.map((_, index) => pool.count(index)));
      expect(counted).toEqual(jobs.map(({ file, options }) => countFile(file, options, readSettings(undefined))));
    } finally {
      await pool.close();
    }
  });
});

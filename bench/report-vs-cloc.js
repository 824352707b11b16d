/**
 * `ai-code report` against cloc on the same files, wall time, in one run. The corpus files are
 * copied out of node_modules into a temporary project (ESLint never lints node_modules) with
 * a flat config that parses them as the rule benchmark does.
 *
 * Usage: npm run build && node bench/report-vs-cloc.js
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runReport } from '../dist/cli/report/index.js';
import { corpusFiles, projectRoot } from './corpus.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-report-bench-'));
try {
  const files = corpusFiles();
  for (const [index, { file }] of files.entries()) {
    // Numbered names keep every file apart; the extension keeps its language.
    const target = path.join(work, 'src', `${String(index).padStart(4, '0')}-${path.basename(file)}`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, target);
  }
  fs.writeFileSync(
    path.join(work, 'eslint.config.js'),
    [
      `import tsParser from ${JSON.stringify(path.join(projectRoot, 'node_modules/@typescript-eslint/parser/dist/index.js'))};`,
      "export default [{ files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' } }, { files: ['**/*.ts'], languageOptions: { parser: tsParser } }];",
      '',
    ].join('\n'),
  );
  const lines = files.reduce((sum, { file }) => sum + fs.readFileSync(file, 'utf8').split('\n').length, 0);

  const clocStarted = performance.now();
  execFileSync(path.join(projectRoot, 'node_modules/.bin/cloc'), ['--quiet', '--json', '--timeout=120', 'src'], { cwd: work, stdio: 'pipe' });
  const clocMs = performance.now() - clocStarted;

  const reportStarted = performance.now();
  let output = '';
  const code = await runReport(['src', '--format', 'json'], {
    cwd: work,
    stdout: (text) => (output += text),
    stderr: () => {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
  });
  const reportMs = performance.now() - reportStarted;
  const reported = JSON.parse(output).totals.files;

  // The date and machine make a figure comparable with later runs.
  console.log(`${new Date().toISOString()}  ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, node ${process.version}`);
  console.log(`corpus: ${files.length} files, ${lines} lines; report covered ${reported} files (exit ${code})`);
  console.log(`cloc:   ${(clocMs / 1000).toFixed(2)} s`);
  console.log(`report: ${(reportMs / 1000).toFixed(2)} s  (${(reportMs / clocMs).toFixed(1)}× cloc; goal ≤ 2×)`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

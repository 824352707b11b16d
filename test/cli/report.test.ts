/**
 * `ai-code report` through its exported entry point, on a small project with its own ESLint
 * configuration (test/fixtures/report-project), and in a real temporary git repository.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPORT_USAGE, runReport } from '../../cli/report/index.js';

const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/report-project');

/** Runs the report in `cwd` and captures what it prints. */
async function report(cwd: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runReport(argv, {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdoutIsTTY: false,
    stderrIsTTY: false,
  });
  return { code, stdout, stderr };
}

describe('ai-code report', () => {
  it('reports per file, per directory and in total, honouring the project ignores', async () => {
    const { code, stdout, stderr } = await report(fixture, '--format', 'json');
    expect(code).toBe(0);
    // The unparsable file is named once and skipped; the ignored vendor file is not mentioned.
    expect(stderr).toBe('lib/broken.js: skipped, Parsing error: Unexpected token (\n');
    const parsed = JSON.parse(stdout);
    // The config file is JavaScript the project lints, so the report counts it as `eslint .` would.
    expect(parsed.files.map((file: { path: string }) => file.path)).toEqual(['eslint.config.js', 'src/api/client.ts', 'src/api/format.ts', 'src/index.js']);
    expect(parsed).toMatchSnapshot();
  });

  it('renders Markdown with a per-directory chart, and a terminal table', async () => {
    expect((await report(fixture, '--format', 'markdown')).stdout).toMatchSnapshot();
    expect((await report(fixture)).stdout).toMatchSnapshot();
  });

  // Generated lines come from the same place as the gap rule's: regions and marked declarations.
  it('counts the lines of a declaration marker as generated', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-declaration-'));
    try {
      fs.writeFileSync(path.join(work, 'eslint.config.js'), "export default [{ files: ['**/*.js'] }];\n");
      const tag = '@ai' + '-generated';
      fs.writeFileSync(path.join(work, 'marked.js'), `const a = 1;\n// ${tag} tool=x\nexport function f() {\n  return a;\n}\n`);
      const { stdout } = await report(work, 'marked.js', '--format', 'json');
      expect(JSON.parse(stdout).totals.generated).toEqual({ regions: 0, lines: 3, undocumented: 1 });
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  // Directives speak to the linter: a blanket disable must not hide a file from the audit, on
  // either path (a marker sends the file through ESLint, the other is scanned).
  it('counts files whose comments disable ESLint', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-disabled-'));
    try {
      fs.writeFileSync(path.join(work, 'eslint.config.js'), "export default [{ files: ['**/*.js'] }];\n");
      // Thirty-five decisions in a row: one gap for no-comment-gap's default.
      const body = Array.from({ length: 35 }, (_, index) => `export const v${index} = input > ${index} ? input * ${index} : 0;`).join('\n');
      const tag = '@ai' + '-generated';
      fs.writeFileSync(path.join(work, 'marked.js'), `/* eslint-disable */\n// ${tag} tool=x\n${body}\n`);
      fs.writeFileSync(path.join(work, 'plain.js'), `/* eslint-disable */\n${body}\n`);
      const { code, stdout } = await report(work, 'marked.js', 'plain.js', '--format', 'json');
      expect(code).toBe(0);
      const files = JSON.parse(stdout).files as { path: string; gaps: number; generated: { regions: number; lines: number } }[];
      expect(files.map((file) => [file.path, file.gaps, file.generated.lines])).toEqual([
        ['marked.js', 1, 37],
        ['plain.js', 1, 0],
      ]);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  // A baseline is a saved JSON report; a worse tree must fail CI only when asked to.
  it('compares with a baseline and fails on regression when asked', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-report-'));
    try {
      fs.cpSync(fixture, work, { recursive: true });
      fs.symlinkSync(path.resolve(fixture, '../../../node_modules'), path.join(work, 'node_modules'));
      expect((await report(work, '--save-baseline', 'baseline.json', '--format', 'json')).code).toBe(0);
      // Remove the explanation from the client: documentation falls.
      const client = path.join(work, 'src/api/client.ts');
      fs.writeFileSync(client, fs.readFileSync(client, 'utf8').replace(/\/\*\*[\s\S]*?\*\/\n/u, '').replace(' // No retry: see above.', ''));
      const lenient = await report(work, '--baseline', 'baseline.json');
      expect(lenient.code).toBe(0);
      expect(lenient.stdout).toContain('regressions: documentation by lines fell from 15% to 0%; documentation by tokens fell from 10.97% to 0%');
      const strict = await report(work, '--baseline', 'baseline.json', '--fail-on-regression', '--format', 'markdown');
      expect(strict.code).toBe(1);
      expect(strict.stdout).toContain('| . | 15.0% | 0.0% |');
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  // A real repository: a committed file, a modified one and an untracked one.
  it('limits the report to files changed since a git ref, comparing them with the rest', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-since-'));
    try {
      fs.cpSync(fixture, work, { recursive: true });
      fs.rmSync(path.join(work, 'lib/broken.js'));
      fs.symlinkSync(path.resolve(fixture, '../../../node_modules'), path.join(work, 'node_modules'));
      const git = (...args: string[]): string => execFileSync('git', args, { cwd: work, encoding: 'utf8' });
      // A throw-away identity: the machine may have none configured.
      git('init', '-q');
      git('-c', 'user.email=a@b.c', '-c', 'user.name=A', 'add', '-A');
      git('-c', 'user.email=a@b.c', '-c', 'user.name=A', 'commit', '-qm', 'start');
      fs.writeFileSync(path.join(work, 'src/new.js'), 'export const answer = 42;\n');
      fs.appendFileSync(path.join(work, 'src/index.js'), 'export const ready = true;\n');
      // The new file and the modified one are the changed code; the rest is compared with them.
      const { code, stdout } = await report(work, '--since', 'HEAD', '--format', 'json');
      expect(code).toBe(0);
      const parsed = JSON.parse(stdout);
      expect(parsed.since).toBe('HEAD');
      expect(parsed.files.map((file: { path: string }) => file.path)).toEqual(['src/index.js', 'src/new.js']);
      expect(parsed.unchanged.files).toBe(3);
      const markdown = await report(work, '--since', 'HEAD', '--format', 'markdown');
      expect(markdown.stdout).toContain('Changed code: 0.0% documentation by lines; the rest of the code base:');
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  // Without a configuration, the report ignores what the config init writes would: what git
  // ignores, by every .gitignore from its own folder, and the build folders.
  it('ignores what git ignores and the build folders when the project has no ESLint configuration', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-ignores-'));
    try {
      const files: Record<string, string> = {
        '.gitignore': 'distribution/\n/web/tmp/\n',
        'web/src/gen/.gitignore': '*.js\n!kept.js\n',
        'web/src/app.js': '',
        'web/src/gen/made.js': '',
        'web/src/gen/kept.js': '',
        'web/tmp/scratch.js': '',
        'web/distribution/bundle.js': '',
        'web/dist/index.js': '',
        'tmp/other.js': '',
      };
      for (const [name, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(work, name)), { recursive: true });
        fs.writeFileSync(path.join(work, name), `${content}export const value = 1;\n`);
      }
      execFileSync('git', ['init', '-q'], { cwd: work });
      const { code, stdout, stderr } = await report(path.join(work, 'web'), '--format', 'json');
      expect(code, stderr).toBe(0);
      // No TypeScript file to read: the parser, which takes longer to load than such a project to read, stays unloaded.
      expect(stderr).toBe('No ESLint configuration found: reporting on all JavaScript files.\n');
      expect(JSON.parse(stdout).files.map((file: { path: string }) => file.path)).toEqual(['src/app.js', 'src/gen/kept.js']);
      // The root's anchored /web/tmp/ is the root's, not the package's: tmp/ at the root is reported from there.
      expect(JSON.parse((await report(work, '--format', 'json')).stdout).files.map((file: { path: string }) => file.path)).toEqual(['tmp/other.js', 'web/src/app.js', 'web/src/gen/kept.js']);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  // Bad input: one line saying what is wrong (and the usage for flag mistakes), exit 2.
  it.each([
    [['--format', 'xml'], "ai-code report: --format must be one of table, json, markdown, not 'xml'"],
    [['--colour'], "ai-code report: Unknown option '--colour'"],
    [['--fail-on-regression'], 'ai-code report: --fail-on-regression needs --baseline FILE'],
    [['no-such-dir'], `ai-code report: No such file or directory: ${path.join(fixture, 'no-such-dir')}`],
    [['--baseline', 'missing.json'], `ai-code report: cannot read the baseline ${path.join(fixture, 'missing.json')}`],
    [['--baseline', 'eslint.config.js'], 'ai-code report: eslint.config.js is not JSON: save a baseline with --save-baseline or --format json.'],
    [['--output', '/nonexistent-directory/report.md'], 'ai-code report: cannot write /nonexistent-directory/report.md: ENOENT'],
  ])('rejects %j with one line and exit 2', async (argv, line) => {
    const { code, stderr, stdout } = await report(fixture, ...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    // The error is one whole line (after any skipped-file notes, before the usage for flag mistakes).
    expect(stderr.split('\n').filter((text) => text.startsWith('ai-code report:'))).toEqual([line]);
  });
});

describe('ai-code report on bad files', () => {
  // A baseline that parses as JSON but is no report: one line, never a JavaScript error.
  it.each([
    ['null'],
    ['[]'],
    ['{ "version": 1, "totals": {}, "directories": [] }'],
    ['{ "version": 1, "totals": { "path": ".", "placeholders": 0, "ratio": { "lines": 1, "tokens": 1 }, "generated": { "undocumented": 0 } }, "directories": [null] }'],
  ])('rejects the baseline %s with one line and exit 2', async (text) => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-baseline-'));
    try {
      fs.writeFileSync(path.join(work, 'baseline.json'), text);
      expect(await report(fixture, '--baseline', path.join(work, 'baseline.json'))).toEqual({
        code: 2,
        stdout: '',
        stderr: 'ai-code report: baseline.json is not an ai-code report of version 1 or 2.\n',
      });
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  // ESLint's message names the key and the value at fault, over several lines: all of it is kept.
  it('prints the whole configuration error from ESLint', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-config-error-'));
    try {
      fs.writeFileSync(path.join(work, 'eslint.config.js'), "export default [{ rules: { 'no-console': ['error', { allow: 5 }] } }];\n");
      fs.writeFileSync(path.join(work, 'index.js'), 'export const answer = 42;\n');
      expect(await report(work)).toEqual({ code: 2, stdout: '', stderr: 'ai-code report: Key "rules": Key "no-console":\n\tValue 5 should be array.\n' });
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  it.each([['--help'], ['-h']])('prints its help for %s and exits 0', async (flag) => {
    const { code, stdout, stderr } = await report(fixture, flag);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.startsWith(`${REPORT_USAGE}\n\nThe repository audit`)).toBe(true);
    expect(stdout).toContain('  --help, -h                     show this help');
  });
});

describe('report JSON', () => {
  // The schema is the published contract of --format json; the output must follow it.
  it('validates against docs/report.schema.json', async () => {
    const { default: Ajv } = await import('ajv');
    const schema = JSON.parse(fs.readFileSync(path.resolve(fixture, '../../../docs/report.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const { stdout } = await report(fixture, '--format', 'json');
    expect(validate(JSON.parse(stdout)), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('ai-code report on a terminal', () => {
  // A bar every 50 files on stderr; a note about a skipped file clears the bar's line first.
  it('draws a progress bar and keeps notes on lines of their own', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-progress-'));
    try {
      fs.writeFileSync(path.join(work, 'eslint.config.js'), "export default [{ files: ['**/*.js'] }];\n");
      for (let index = 0; index < 60; index++) fs.writeFileSync(path.join(work, `f${String(index).padStart(2, '0')}.js`), `export const v${index} = ${index};\n`);
      fs.writeFileSync(path.join(work, 'zz-broken.js'), 'export function (\n');
      let stderr = '';
      const code = await runReport(['--format', 'json'], { cwd: work, stdout: () => {}, stderr: (text) => (stderr += text), stdoutIsTTY: false, stderrIsTTY: true });
      expect(code).toBe(0);
      const bar = (filled: number, done: number): string => `\r[${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${done}/62 files`;
      expect(stderr).toBe(`${bar(24, 50)}\r\x1b[2Kzz-broken.js: skipped, Parsing error: Unexpected token (\n${bar(30, 62)}\n`);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('ai-code report as a process', () => {
  const bin = path.resolve(fixture, '../../../bin/ai-code.js');
  const run = (...argv: string[]): ReturnType<typeof spawnSync> => spawnSync(process.execPath, [bin, 'report', ...argv], { cwd: fixture, encoding: 'utf8' });

  // The installed command, not only `runReport`: argument passing, stdout and the exit code.
  it('prints the JSON report and exits 0', () => {
    const result = run('--format', 'json');
    expect(result.status).toBe(0);
    expect(JSON.parse(String(result.stdout)).totals.files).toBe(4);
  });

  it('exits 2 with one line for a bad flag', () => {
    const result = run('--format', 'xml');
    expect(result.status).toBe(2);
    expect(String(result.stderr).split('\n')[0]).toBe("ai-code report: --format must be one of table, json, markdown, not 'xml'");
  });
});

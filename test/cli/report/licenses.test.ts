/**
 * `ai-code report --licenses` on a real temporary project: its files through require-spdx-header
 * (with attribution required), and real package.json files under node_modules (scoped, nested,
 * the old `license` forms, one unreadable).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../../cli/report/index.js';

const MARKER = '@ai' + '-generated';
let work: string;

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
  fs.writeFileSync(path.join(work, file), text);
}

const manifest = (fields: Record<string, unknown>): string => `${JSON.stringify(fields, null, 2)}\n`;

beforeAll(() => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-licenses-')));
  write('package.json', manifest({ name: 'shop', version: '1.0.0', type: 'module', license: 'MIT' }));
  write('eslint.config.js', "// SPDX-License-Identifier: MIT\nexport default [{ files: ['**/*.js'] }];\n");
  write('src/ok.js', '// SPDX-License-Identifier: MIT\nexport const a = 1;\n');
  write('src/missing.js', 'export const b = 2;\n');
  write('src/named.js', '// SPDX-License-Identifier: MIT License\nexport const c = 3;\n');
  write('src/gpl.js', '// SPDX-License-Identifier: GPL-3.0-only\nexport const d = 4;\n');
  write('src/ai.js', `// SPDX-License-Identifier: MIT\n// ${MARKER}\nexport const e = 5;\n`);
  write('src/ai-named.js', `// SPDX-License-Identifier: MIT\n// ${MARKER} tool=claude-code\nexport const f = 6;\n`);
  write('node_modules/ok-dep/package.json', manifest({ name: 'ok-dep', version: '1.0.0', license: 'MIT' }));
  write('node_modules/@scope/legacy/package.json', manifest({ name: '@scope/legacy', version: '2.0.0', license: { type: 'Apache-2.0', url: 'https://example.test' } }));
  write('node_modules/@scope/legacy/node_modules/nested-none/package.json', manifest({ name: 'nested-none', version: '0.1.0' }));
  write('node_modules/dual/package.json', manifest({ name: 'dual', version: '3.0.0', licenses: [{ type: 'MIT' }, { type: 'GPL-2.0-only' }] }));
  write('node_modules/bad-id/package.json', manifest({ name: 'bad-id', version: '1.2.3', license: 'Apache 2' }));
  write('node_modules/broken/package.json', '{ "name": "broken",\n');
  write('node_modules/.bin/tool', '#!/bin/sh\n');
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

async function report(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runReport(argv, { cwd: work, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), stdoutIsTTY: false, stderrIsTTY: false });
  return { code, stdout, stderr };
}

describe('ai-code report --licenses', () => {
  it("finds the files' and the dependencies' licence problems under package.json's license", async () => {
    const { code, stdout, stderr } = await report('--licenses', '--format', 'json');
    expect([code, stderr]).toEqual([0, '']);
    const audit = JSON.parse(stdout);
    expect(audit.policy).toEqual({ allowed: ['MIT'], source: 'package.json' });
    expect(audit.files).toEqual({
      checked: 7,
      findings: [
        { path: 'src/ai.js', line: 2, column: 4, problem: 'unattributed', message: "This file is marked as AI-generated but names no tool; add 'tool=' to the marker or 'SPDX-FileContributor:' to the header." },
        { path: 'src/gpl.js', line: 1, column: 29, problem: 'not allowed', message: "The license 'GPL-3.0-only' is not allowed; allowed are 'MIT'." },
        { path: 'src/missing.js', line: 1, column: 1, problem: 'missing', message: "The file has no 'SPDX-License-Identifier:' tag in the comments before its first statement." },
        { path: 'src/named.js', line: 1, column: 29, problem: 'invalid', message: "'MIT License' is not an SPDX license identifier." },
      ],
    });
    expect(audit.dependencies).toEqual({
      checked: 6,
      findings: [
        { name: '@scope/legacy', version: '2.0.0', path: 'node_modules/@scope/legacy', license: 'Apache-2.0', problem: 'not allowed', message: "The license 'Apache-2.0' is not allowed; allowed are 'MIT'." },
        { name: 'bad-id', version: '1.2.3', path: 'node_modules/bad-id', license: 'Apache 2', problem: 'invalid', message: "'Apache 2' is not an SPDX license identifier." },
        { name: 'nested-none', version: '0.1.0', path: 'node_modules/@scope/legacy/node_modules/nested-none', license: undefined, problem: 'missing', message: 'The package.json declares no license.' },
        { name: 'node_modules/broken', version: '', path: 'node_modules/broken', problem: 'unreadable', message: 'Its package.json is not a JSON object.' },
      ],
    });
  });

  it('takes the policy from --allowed, and fails on a mismatch only when asked', async () => {
    const lenient = await report('--licenses', '--allowed', 'MIT OR Apache-2.0', '--allowed', 'ISC');
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toBe(
      [
        'Allowed: MIT, Apache-2.0, ISC (from the command line).',
        '',
        'files: 4 licence problems in 7 files',
        'file              problem       message',
        "src/ai.js:2       unattributed  This file is marked as AI-generated but names no tool; add 'tool=' to the marker or 'SPDX-FileContributor:' to the header.",
        "src/gpl.js:1      not allowed   The license 'GPL-3.0-only' is not allowed; allowed are 'MIT', 'Apache-2.0', 'ISC'.",
        "src/missing.js:1  missing       The file has no 'SPDX-License-Identifier:' tag in the comments before its first statement.",
        "src/named.js:1    invalid       'MIT License' is not an SPDX license identifier.",
        '',
        'dependencies: 3 of 6 installed packages with a licence problem',
        'package              license   problem     message',
        "bad-id@1.2.3         Apache 2  invalid     'Apache 2' is not an SPDX license identifier.",
        'nested-none@0.1.0    –         missing     The package.json declares no license.',
        'node_modules/broken  –         unreadable  Its package.json is not a JSON object.',
        '',
      ].join('\n'),
    );
    const strict = await report('--licenses', '--allowed', 'MIT OR Apache-2.0 OR ISC', '--fail-on-mismatch', '--format', 'markdown');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('### Dependencies: 3 of 6 installed packages with a licence problem\n\n| package | license | problem | message |\n');
    expect(strict.stdout).toContain("| `nested-none@0.1.0` | – | missing | The package.json declares no license. |");
  });

  it('passes with --fail-on-mismatch when nothing is wrong', async () => {
    const { code, stdout } = await report('--licenses', 'src/ok.js', 'src/ai-named.js', '--fail-on-mismatch', '--allowed', 'MIT OR Apache-2.0 OR GPL-2.0-only OR BlueOak-1.0.0', '--format', 'json');
    const audit = JSON.parse(stdout);
    // Everything installed but the three broken manifests passes; the files pass.
    expect(audit.files).toEqual({ checked: 2, findings: [] });
    expect(audit.dependencies.findings.map((finding: { name: string }) => finding.name)).toEqual(['bad-id', 'nested-none', 'node_modules/broken']);
    expect(code).toBe(1);
  });

  it('reads the allowed list from the ESLint configuration of require-spdx-header', async () => {
    const config = path.join(work, 'eslint.config.js');
    const before = fs.readFileSync(config, 'utf8');
    try {
      // A stand-in for the plugin: the configuration is read by the plugin's name and the rule's.
      fs.writeFileSync(
        config,
        "const plugin = { meta: { name: 'eslint-plugin-ai-code' }, rules: { 'require-spdx-header': { meta: { schema: false }, create: () => ({}) } } };\n" +
          "export default [{ files: ['**/*.js'], plugins: { mine: plugin }, rules: { 'mine/require-spdx-header': ['error', { allowed: ['GPL-3.0-only'] }] } }];\n",
      );
      const audit = JSON.parse((await report('--licenses', 'src', '--format', 'json')).stdout);
      expect(audit.policy).toEqual({ allowed: ['GPL-3.0-only'], source: 'ESLint configuration' });
      expect(audit.files.findings.filter((finding: { problem: string }) => finding.problem === 'not allowed').map((finding: { path: string }) => finding.path)).toEqual(['src/ai-named.js', 'src/ai.js', 'src/ok.js']);
    } finally {
      fs.writeFileSync(config, before);
    }
  });

  // Without an ESLint configuration, JavaScript is read with JSX on, as the report's scanner reads it.
  it('reads JSX in a project without an ESLint configuration', async () => {
    const bare = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-licenses-jsx-')));
    try {
      fs.writeFileSync(path.join(bare, 'package.json'), manifest({ name: 'app', license: 'MIT' }));
      fs.writeFileSync(path.join(bare, 'App.jsx'), '// SPDX-License-Identifier: MIT\nexport const App = () => <main>Hi</main>;\n');
      fs.writeFileSync(path.join(bare, 'view.js'), 'export const View = () => <p />;\n');
      let stdout = '';
      let stderr = '';
      const code = await runReport(['--licenses', '--format', 'json'], { cwd: bare, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), stdoutIsTTY: false, stderrIsTTY: false });
      expect([code, stderr]).toEqual([0, 'No ESLint configuration found: reporting on all JavaScript and TypeScript files.\n']);
      expect(JSON.parse(stdout).files).toEqual({
        checked: 2,
        findings: [{ path: 'view.js', line: 1, column: 1, problem: 'missing', message: "The file has no 'SPDX-License-Identifier:' tag in the comments before its first statement." }],
      });
    } finally {
      fs.rmSync(bare, { recursive: true, force: true });
    }
  });

  it.each([
    [['--licenses', '--allowed', 'Foo-1.0'], "ai-code report: --allowed 'Foo-1.0': 'Foo-1.0' is not an SPDX license identifier."],
    [['--licenses', '--allowed', ''], 'ai-code report: --allowed is empty: give an SPDX license expression'],
    [['--allowed', 'MIT'], 'ai-code report: --allowed needs --licenses'],
    [['--fail-on-mismatch'], 'ai-code report: --fail-on-mismatch needs --licenses'],
    [['--licenses', '--provenance'], 'ai-code report: --licenses takes no --provenance'],
  ])('refuses %j in one line', async (argv, line) => {
    const { code, stderr } = await report(...argv);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(line);
  });
});

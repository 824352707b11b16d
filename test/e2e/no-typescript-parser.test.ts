/**
 * END-TO-END: a JavaScript project with the packed plugin and without typescript-eslint's
 * parser, its optional peer dependency (the repository's own copies of the other packages are
 * linked, so nothing is installed). Neither the report nor the presets may need the parser
 * until a config puts the `typescript` preset to use.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPacked, pack } from '../helpers/packed.js';

const run = promisify(execFile);
// The plugin's runtime dependencies (the parser is not one), and ESLint.
const LINKS = ['eslint', 'espree', 'spdx-correct', 'spdx-exceptions', 'spdx-expression-parse', 'spdx-license-ids', 'spdx-satisfies'];

let dir: string;
let project: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-no-parser-'));
  project = path.join(dir, 'project');
  fs.mkdirSync(path.join(project, 'src'), { recursive: true });
  fs.writeFileSync(path.join(project, 'package.json'), '{ "name": "js-app", "private": true, "type": "module" }\n');
  fs.writeFileSync(path.join(project, 'src', 'total.js'), 'export function total(items) {\n  // ... existing code ...\n  return items.length;\n}\n');
  // Left out of the report, which has no parser for it, and linted once a config asks for it.
  fs.writeFileSync(path.join(project, 'src', 'count.ts'), 'export const count: number = 1;\n');
  installPacked(pack(dir), project, LINKS);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs `node` with `args` in the project; resolves to the exit code and both outputs. */
async function node(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const result = await run(process.execPath, args, { cwd: project, env: { ...process.env, NO_COLOR: '1' } }).catch(
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  return { code: 'code' in result && typeof result.code === 'number' ? result.code : 0, stdout: result.stdout, stderr: result.stderr };
}

describe.concurrent('a JavaScript project without @typescript-eslint/parser', () => {
  // The report falls back to ESLint's defaults for JavaScript and says why TypeScript is left out.
  it('is reported on, with no ESLint configuration, without the parser', async () => {
    const result = await node(['node_modules/eslint-plugin-ai-code/bin/ai-code.js', 'report', 'src', '--format', 'json']);
    expect(result.stderr).toBe('No ESLint configuration found: reporting on all JavaScript files (TypeScript files need @typescript-eslint/parser).\n');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { files: { path: string; comments: { placeholder: number } }[] };
    expect(report.files.map((file) => [file.path, file.comments.placeholder])).toEqual([['src/total.js', 1]]);
  });

  it('lists and spreads the presets without the parser', async () => {
    const script = "const { default: aiCode } = await import('eslint-plugin-ai-code'); console.log(Object.keys({ ...aiCode.configs }).join(' '));";
    expect(await node(['--input-type=module', '-e', script])).toEqual({ code: 0, stdout: 'recommended strict all generated-only typescript\n', stderr: '' });
  });

  // ESLint reads the preset's parser only once a file needs the preset.
  it('says what to install when a config uses the typescript preset', async () => {
    fs.writeFileSync(path.join(project, 'ts.config.js'), "import aiCode from 'eslint-plugin-ai-code';\nexport default [aiCode.configs.typescript];\n");
    const result = await node(['node_modules/eslint/bin/eslint.js', '--config', 'ts.config.js', 'src']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `Config "ai-code/typescript": Key "languageOptions": eslint-plugin-ai-code: the 'typescript' preset needs @typescript-eslint/parser; install it with \`npm install --save-dev @typescript-eslint/parser\`.`,
    );
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterEach, describe, expect, it } from 'vitest';
import { applySuppressions, readSuppressions, type Suppressions } from '../../cli/suppressions.js';

/**
 * The hook's own application of eslint-suppressions.json against ESLint's: the ESLint installed
 * here applies them through its API when asked (`applySuppressions`), which ESLint 9 cannot, so
 * the same files linted both ways must give the same results.
 */

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-suppressions-')));
  roots.push(root);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}

const RULES = { 'no-console': 'error', 'no-debugger': 'warn', 'no-var': 'error' } as const;

describe('applySuppressions', () => {
  // Each case of the counting: fewer, as many and more errors than recorded, a warning of a
  // recorded rule, a rule recorded for a file that no longer breaks it, a fixable error, a file
  // in a subfolder, and a parse error.
  const files = {
    'fewer.js': 'console.log(1);\n',
    'equal.js': 'console.log(1);\nconsole.log(2);\nvar a = 1;\n',
    'more.js': 'console.log(1);\nconsole.log(2);\nconsole.log(3);\n',
    'warning.js': 'debugger;\nconsole.log(1);\n',
    'fixed.js': 'export const b = 1;\n',
    'src/deep.js': 'var c = 1;\n',
    'broken.js': 'const = ;\n',
  };
  const recorded: Suppressions = {
    'fewer.js': { 'no-console': { count: 2 } },
    'equal.js': { 'no-console': { count: 2 }, 'no-var': { count: 1 } },
    'more.js': { 'no-console': { count: 2 } },
    'warning.js': { 'no-debugger': { count: 1 }, 'no-console': { count: 1 } },
    'fixed.js': { 'no-console': { count: 1 } },
    'src/deep.js': { 'no-var': { count: 1 } },
  };

  it("gives what ESLint's own applySuppressions gives", async () => {
    const root = folder({ ...files, 'eslint-suppressions.json': JSON.stringify(recorded) });
    const options = { cwd: root, overrideConfigFile: true, overrideConfig: { rules: RULES } } as const;
    const names = Object.keys(files);
    const plain = await new ESLint(options).lintFiles(names);
    const byEslint = await new ESLint({ ...options, applySuppressions: true } as ESLint.Options).lintFiles(names);
    const ours = applySuppressions(plain, readSuppressions(root), root);
    expect(ours).toEqual(byEslint);
    // The counts that decide the hook, file by file, so a change in ESLint's shows here.
    expect(ours.map((result) => [path.relative(root, result.filePath), result.errorCount, result.warningCount, result.suppressedMessages.length])).toEqual([
      ['fewer.js', 0, 0, 1],
      ['equal.js', 0, 0, 3],
      ['more.js', 3, 0, 0],
      ['warning.js', 0, 1, 1],
      ['fixed.js', 0, 0, 0],
      ['src/deep.js', 0, 0, 1],
      ['broken.js', 1, 0, 0],
    ]);
  });

  it('reads no file as no suppressions, and a broken one as one line', () => {
    expect(readSuppressions(folder({}))).toEqual({});
    expect(() => readSuppressions(folder({ 'eslint-suppressions.json': '[]' }))).toThrow('eslint-suppressions.json does not hold a JSON object; recreate it with `npx eslint --suppress-all`.');
  });
});

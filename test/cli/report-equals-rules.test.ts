/**
 * The report's per-file figures that come from rules equal what the rules report through ESLint,
 * at their defaults, on every example and fixture: placeholders (stubs included: a risky phrase
 * counts only in a stub body), gaps and undocumented generated declarations. The report runs
 * as users run it, on each folder with its own ESLint configuration, or none.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { runReport } from '../../cli/report/index.js';
import { relativePosixPath } from '../../cli/relative-path.js';
import plugin from '../../index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

// The labeled fixtures have no configuration of their own: a copy outside the repository has none above it.
const unconfigured = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-labeled-'));
fs.cpSync(path.join(ROOT, 'test/fixtures/labeled'), unconfigured, { recursive: true });
afterAll(() => fs.rmSync(unconfigured, { recursive: true, force: true }));

// What the report falls back to without a configuration, JavaScript and TypeScript alike.
const FALLBACK: Linter.Config[] = [{ files: ['**/*.{js,mjs,cjs,jsx}'] }, { files: ['**/*.{ts,mts,cts,tsx}'], languageOptions: { parser: tsParser } }];

// Its own namespace: a folder's configuration may register the built plugin as `ai-code`.
const NAMESPACE = 'under-test';
const RULE_NAMES = ['no-placeholder-comments', 'no-comment-gap', 'no-undocumented-generated'];
const RULES: Linter.RulesRecord = Object.fromEntries(RULE_NAMES.map((name) => [`${NAMESPACE}/${name}`, ['warn', {}]]));

interface Figures {
  placeholders: number;
  gaps: number;
  undocumented: number;
}

/** The report's figures per file, as JSON gives them. */
async function reported(cwd: string): Promise<Record<string, Figures>> {
  let json = '';
  const code = await runReport(['--format', 'json'], { cwd, stdout: (text) => (json += text), stderr: () => {}, stdoutIsTTY: false, stderrIsTTY: false });
  expect(code).toBe(0);
  const report = JSON.parse(json) as { files: { path: string; placeholders: number; gaps: number; generated: { undocumented: number } }[] };
  return Object.fromEntries(report.files.map((file) => [file.path, { placeholders: file.placeholders, gaps: file.gaps, undocumented: file.generated.undocumented }]));
}

/** The rules' findings per file, through ESLint with the folder's configuration (or the fallback). */
async function linted(cwd: string, configured: boolean): Promise<Record<string, Figures>> {
  const overrideConfig: Linter.Config = { plugins: { [NAMESPACE]: plugin }, rules: RULES };
  const options: ESLint.Options = configured ? { cwd, overrideConfig } : { cwd, overrideConfigFile: true, baseConfig: FALLBACK, overrideConfig };
  const results = await new ESLint({ ...options, allowInlineConfig: false }).lintFiles(['.']);
  const count = (result: ESLint.LintResult, rule: string): number => result.messages.filter((message) => message.ruleId === `${NAMESPACE}/${rule}`).length;
  return Object.fromEntries(
    results
      .filter((result) => !result.messages.some((message) => message.fatal))
      .map((result) => [
        relativePosixPath(cwd, result.filePath),
        { placeholders: count(result, 'no-placeholder-comments'), gaps: count(result, 'no-comment-gap'), undocumented: count(result, 'no-undocumented-generated') },
      ]),
  );
}

describe('report figures equal the rules', () => {
  it.for([
    ['examples', path.join(ROOT, 'examples'), true],
    ['test/fixtures/report-project', path.join(ROOT, 'test/fixtures/report-project'), true],
    ['test/fixtures/labeled', unconfigured, false],
  ] as const)('on %s', async ([, cwd, configured]) => {
    const report = await reported(cwd);
    expect(Object.keys(report).length).toBeGreaterThan(0);
    expect(report).toEqual(await linted(cwd, configured));
  });

  // The stub the example was written with: a risky phrase in a stub body, found through the syntax tree.
  it('counts the example stub as a placeholder', async () => {
    expect((await reported(path.join(ROOT, 'examples')))['src/user-routes.js']?.placeholders).toBe(4);
  });
});

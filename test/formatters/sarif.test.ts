/**
 * The SARIF formatter, checked against the SARIF 2.1.0 JSON schema offline. The schema is
 * SchemaStore's `sarif-2.1.0-rtm.5.json` (JSON Schema draft-04), as shipped inside the
 * @microsoft/jest-sarif package; ajv 6 validates draft-04 with its bundled meta-schema.
 * Needs `npm run build` first: ESLint loads the formatter from dist/ as users do.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
// The path users pass to `eslint -f`, relative to the directory ESLint runs in.
const FORMATTER = './dist/formatters/sarif.js';

const ajv = new Ajv({ schemaId: 'auto', allErrors: true, format: 'full' });
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json') as object);
const validateSarif = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object);

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri?: string; shortDescription?: { text: string } }[] } };
    artifacts: { location: { uri: string; uriBaseId?: string } }[];
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; index: number }; region?: Record<string, number> } }[];
      suppressions?: { kind: string; justification?: string }[];
    }[];
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[];
  }[];
}

/** Parses a formatter's output and fails the test, listing schema errors, unless it is valid SARIF 2.1.0. */
function validLog(text: string): SarifLog {
  const log = JSON.parse(text) as unknown;
  const valid = validateSarif(log);
  expect(valid ? [] : ajv.errorsText(validateSarif.errors, { separator: '\n' }).split('\n')).toEqual([]);
  return log as SarifLog;
}

describe('SARIF formatter', () => {
  // Guards the check itself: a validator that accepted anything would make the tests below vacuous.
  it('rejects logs that break the schema', () => {
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'ESLint' } }, results: [{ level: 'fatal', message: { text: 'x' } }] }] })).toBe(false);
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'ESLint' } } }] })).toBe(true);
  });

  it('turns `eslint -f` output on the examples into valid SARIF carrying our docs URLs', () => {
    expect(fs.existsSync(path.join(root, FORMATTER)), 'run `npm run build` first').toBe(true);
    const eslintBin = path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
    const run = spawnSync(process.execPath, [eslintBin, '-f', FORMATTER, '--config', 'examples/eslint.config.js', 'examples/src'], {
      cwd: root,
      encoding: 'utf8',
    });
    // Exit 0: the preset only warns, and this run sets no --max-warnings.
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [sarifRun] = validLog(run.stdout).runs;
    const { rules } = sarifRun!.tool.driver;
    // Every rule of ours that fires (the examples run the recommended preset) is described with its docs page as help link.
    expect(rules.map((rule) => rule.id).sort()).toEqual(Object.keys(plugin.configs.recommended.rules ?? {}).sort());
    for (const rule of rules) {
      const name = rule.id.replace('ai-code/', '') as keyof typeof plugin.rules;
      expect(rule.helpUri).toBe(plugin.rules[name].meta!.docs!.url);
      expect(rule.shortDescription?.text).toBe(plugin.rules[name].meta!.docs!.description);
    }
    // Results point at their rule and file by index, with paths relative to where ESLint ran.
    for (const result of sarifRun!.results) {
      expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
      const artifact = sarifRun!.artifacts[result.locations[0]!.physicalLocation.artifactLocation.index];
      expect(artifact?.location.uri).toBe(result.locations[0]!.physicalLocation.artifactLocation.uri);
    }
    const rateLimit = sarifRun!.results
      .filter((result) => result.locations[0]!.physicalLocation.artifactLocation.uri === 'examples/src/rate-limit.ts')
      .map((result) => `${result.locations[0]!.physicalLocation.region?.startLine} ${result.ruleId} ${result.level}`);
    // The same findings the CLI end-to-end test expects in this file, as warnings.
    expect(rateLimit).toEqual([
      '12 ai-code/valid-generated-markers warning',
      '13 ai-code/no-undocumented-generated warning',
      '17 ai-code/no-undocumented-generated warning',
      '21 ai-code/no-undocumented-generated warning',
      '34 ai-code/no-undocumented-generated warning',
    ]);
  });

  it('keeps regions, suppressions, parse errors and unusual file names valid', async () => {
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: [{ plugins: { 'ai-code': plugin as never }, rules: { 'ai-code/valid-generated-markers': 'error' } }],
    });
    const marker = '// @ai' + '-generated tool:claude';
    const results = [
      ...(await eslint.lintText(`${marker}\nexport const retries = 3;\n`, { filePath: path.join(root, 'src', 'a file#1.js') })),
      ...(await eslint.lintText(`// eslint-disable-next-line ai-code/valid-generated-markers -- kept for the parser\n${marker}\nexport const delay = 5;\n`, {
        filePath: path.join(root, 'src', 'suppressed.js'),
      })),
      ...(await eslint.lintText('function (\n', { filePath: path.join(root, 'src', 'broken.js') })),
    ];
    const formatter = await eslint.loadFormatter(FORMATTER);
    const [sarifRun] = validLog(await formatter.format(results)).runs;
    // ESLint sorts the results by path before formatting.
    expect(sarifRun!.artifacts.map((artifact) => artifact.location)).toEqual([
      { uri: 'src/a%20file%231.js', uriBaseId: '%SRCROOT%' },
      { uri: 'src/broken.js', uriBaseId: '%SRCROOT%' },
      { uri: 'src/suppressed.js', uriBaseId: '%SRCROOT%' },
    ]);
    expect(sarifRun!.results.map(({ ruleId, level, locations, suppressions }) => ({ ruleId, level, region: locations[0]!.physicalLocation.region, suppressions }))).toEqual([
      {
        ruleId: 'ai-code/valid-generated-markers',
        level: 'error',
        region: { startLine: 1, startColumn: 18, endLine: 1, endColumn: 29 },
        suppressions: undefined,
      },
      {
        ruleId: 'ai-code/valid-generated-markers',
        level: 'error',
        region: { startLine: 2, startColumn: 18, endLine: 2, endColumn: 29 },
        suppressions: [{ kind: 'inSource', justification: 'kept for the parser' }],
      },
    ]);
    // The parse error has no rule: it is reported as the tool's notification, not as a result.
    expect(sarifRun!.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [expect.objectContaining({ level: 'error', message: { text: 'Parsing error: Unexpected token (' } })],
      },
    ]);
    // Without ESLint's context (a direct call), paths are relative to the process's directory,
    // which vitest sets to the repository root.
    const direct = (await import(pathToFileURL(path.join(root, FORMATTER)).href)) as { default: (results: ESLint.LintResult[]) => string };
    expect(validLog(direct.default(results)).runs[0]!.artifacts[2]!.location.uri).toBe('src/suppressed.js');
  });
});

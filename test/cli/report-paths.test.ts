/**
 * The report's two ways of reading a file give the same numbers: on every file of the benchmark
 * corpus, the fast path (lib/scanner/ feeding the core) must produce ESLint's tokens and
 * comments and the very counts the ESLint path (the report's rules under ESLint) produces.
 */
import fs from 'node:fs';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { corpusFiles, languageOptionsFor } from '../../bench/corpus.js';
import { sourceListing } from '../../bench/source-listing.js';
import { readResult, reportOverrides } from '../../cli/report/collector.js';
import { countSource } from '../../cli/report/fast-path.js';
import { scanSource, type ScanOptions } from '../../lib/scanner/scanner.js';
import { readSettings } from '../../lib/eslint/settings.js';
import { sourceFromESLint } from '../../lib/eslint/source-adapter.js';
import type { FileSource } from '../../lib/source/file-source.js';
import { pathUnder } from '../../lib/markers/file-role.js';
import { findDecisions } from '../../lib/core/logic.js';

/** A file's decisions (offset and loop depth) and function-body boundaries, comparable with `toEqual`. */
function logicListing(source: FileSource): string[] {
  const logic = findDecisions(source);
  const decisions = Array.from(logic.starts.slice(0, logic.count), (start, index) => `${start}@${logic.loopDepths[index]}x${logic.weights[index]}`);
  return [...decisions, ...Array.from(logic.boundaries.slice(0, logic.boundaryCount), (offset) => `|${offset}`)];
}
describe('report paths agree', () => {
  it('on every file of the benchmark corpus', () => {
    const linter = new Linter();
    const settings = readSettings({});
    let compared = 0;
    const givenUp: string[] = [];
    for (const entry of corpusFiles()) {
      const text = fs.readFileSync(entry.file, 'utf8');
      const config: Linter.Config[] = [{ files: ['**/*.js', '**/*.ts'], languageOptions: languageOptionsFor(entry), ...reportOverrides }];
      // ESLint skips paths through node_modules, so the file is named by its path inside it.
      const filename = entry.file.replace(/^.*[\\/]node_modules[\\/]/u, '');
      const messages = linter.verify(text, config, { filename, allowInlineConfig: false });
      const viaESLint = readResult({ messages } as never);
      expect(viaESLint, filename).toBeDefined();
      let profile: unknown;
      let role: unknown;
      const options: ScanOptions = { parser: entry.language === 'ts' ? 'typescript' : 'espree', jsx: entry.language === 'js' };
      const viaScanner = countSource(text, options, settings, pathUnder(process.cwd(), filename), { profile: (given) => (profile = given), role: (given) => (role = given) });
      if (viaScanner === 'eslint') {
        givenUp.push(filename);
        continue;
      }
      const scanned = scanSource(text, options)!;
      const parsed = sourceFromESLint(linter.getSourceCode() as never);
      expect(sourceListing(scanned), filename).toEqual(sourceListing(parsed));
      // The logic both density rules judge: the same decisions and function bodies from either reader.
      expect(logicListing(scanned), filename).toEqual(logicListing(parsed));
      expect(viaScanner, filename).toEqual(viaESLint!.counts);
      // The line profiles --provenance splits by author agree too.
      expect(profile, filename).toEqual(viaESLint!.profile);
      // And so does the file's role, which sets generated and vendored files apart.
      expect(role, filename).toBe(viaESLint!.role);
      compared++;
    }
    // Files the scanner hands to ESLint are counted right too, but slowly: they must stay rare.
    expect(givenUp.length, givenUp.join(', ')).toBeLessThanOrEqual(6);
    expect(compared).toBeGreaterThanOrEqual(600);
  });
});

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
      const options: ScanOptions = { parser: entry.language === 'ts' ? 'typescript' : 'espree', jsx: entry.language === 'js' };
      const viaScanner = countSource(text, options, settings, (given) => (profile = given));
      if (viaScanner === 'eslint') {
        givenUp.push(filename);
        continue;
      }
      expect(sourceListing(scanSource(text, options)!), filename).toEqual(sourceListing(sourceFromESLint(linter.getSourceCode() as never)));
      // The line profiles --provenance splits by author agree too.
      expect(viaScanner, filename).toEqual(viaESLint!.counts);
      expect(profile, filename).toEqual(viaESLint!.profile);
      compared++;
    }
    // Files the scanner hands to ESLint are counted right too, but slowly: they must stay rare.
    expect(givenUp.length, givenUp.join(', ')).toBeLessThanOrEqual(6);
    expect(compared).toBeGreaterThanOrEqual(600);
  });
});

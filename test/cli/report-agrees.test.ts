/**
 * The report and the rules give the same numbers: on real files, the report's documentation
 * lines and words, gaps and undocumented declarations must equal what `comment-ratio`,
 * `no-comment-gap` and `no-undocumented-generated` report for the same file.
 */
import fs from 'node:fs';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { corpusFiles, languageOptionsFor } from '../../bench/corpus.js';
import { countsFromResult, reportOverrides } from '../../cli/report/collector.js';
import plugin, { type RuleOptions } from '../../index.js';

// "File has 12.5% comment lines (3 of 24); …" → [3, 24]
const FIGURES = /\((\d+) of (\d+)\)/u;

type Unit = NonNullable<RuleOptions['ai-code/comment-ratio'][0]['unit']>;

describe('report and rules agree', () => {
  it('on every third file of the benchmark corpus', () => {
    const linter = new Linter();
    const sample = corpusFiles().filter((_, index) => index % 3 === 0);
    let compared = 0;
    for (const entry of sample) {
      const text = fs.readFileSync(entry.file, 'utf8');
      const ratio = (unit: Unit): Linter.RuleEntry<RuleOptions['ai-code/comment-ratio']> => ['warn', { scope: ['file'], minimumSize: 0, minimum: 100, unit }];
      const config = (unit: Unit): Linter.Config[] => [
        {
          files: ['**/*.js', '**/*.ts'],
          languageOptions: languageOptionsFor(entry),
          linterOptions: { reportUnusedDisableDirectives: 'off' },
          plugins: { ...reportOverrides.plugins, 'ai-code': plugin },
          rules: { ...reportOverrides.rules, 'ai-code/comment-ratio': ratio(unit), 'ai-code/no-comment-gap': 'warn' },
        },
      ];
      // ESLint skips paths through node_modules, so the file is named by its path inside it.
      const filename = entry.file.replace(/^.*[\\/]node_modules[\\/]/u, '');
      const byLines = linter.verify(text, config('lines'), filename);
      const byTokens = linter.verify(text, config('tokens'), filename);
      const counts = countsFromResult({ messages: byLines } as never);
      expect(counts, filename).toBeDefined();
      const figures = (messages: Linter.LintMessage[]): number[] =>
        FIGURES.exec(messages.find((message) => message.ruleId === 'ai-code/comment-ratio')?.message ?? '(0 of 0)')!.slice(1).map(Number);
      const [linesDocumented = 0, linesTotal = 0] = figures(byLines);
      const [wordsDocumented = 0, tokensTotal = 0] = figures(byTokens);
      // A file with nothing measured gets no comment-ratio report; the report then has zeros.
      if (linesTotal > 0) expect([counts!.lines.documentation, counts!.lines.measured], filename).toEqual([linesDocumented, linesTotal]);
      if (tokensTotal > 0) expect([counts!.tokens.documentation, counts!.tokens.documentation + counts!.tokens.code], filename).toEqual([wordsDocumented, tokensTotal]);
      expect(counts!.gaps, filename).toBe(byLines.filter((message) => message.ruleId === 'ai-code/no-comment-gap').length);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(200);
  });
});

/**
 * Precision and recall of the leftover rules on labeled corpora of realistic comments
 * (test/fixtures/labeled). Each case holds one judged comment; the rule "flags" a case when it
 * reports anything in it. The figures are printed so they can be quoted, and held to targets.
 */
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin from '../index.js';
import { cases as commentedOutCode } from './fixtures/labeled/no-commented-out-code.js';
import { cases as placeholders } from './fixtures/labeled/no-placeholder-comments.js';
import { cases as trivial } from './fixtures/labeled/no-trivial-comments.js';
import type { LabeledCase } from './fixtures/labeled/types.js';

const linter = new Linter();
const jsx = { ecmaFeatures: { jsx: true } };

/** Lints one case with one rule and tells whether the rule reported anything (a parse error fails the test). */
function flags(rule: string, labeled: LabeledCase): boolean {
  const config: Linter.Config[] = [
    {
      files: ['**/*.js', '**/*.ts', '**/*.tsx'],
      plugins: { 'ai-code': plugin as never },
      rules: { [`ai-code/${rule}`]: 'error' },
      languageOptions: labeled.filename === undefined ? { parserOptions: jsx } : { parser: tsParser, parserOptions: jsx },
    },
  ];
  const messages = linter.verify(labeled.code, config, labeled.filename ?? 'x.js');
  const fatal = messages.find((message) => message.fatal);
  if (fatal !== undefined) throw new Error(`Labeled case does not parse (${fatal.message}):\n${labeled.code}`);
  // ESLint's own notes (an unused disable directive) are not the rule's verdict.
  return messages.some((message) => message.ruleId === `ai-code/${rule}`);
}

// Targets from the issue; recall is targeted only where a miss is as costly as a false alarm.
describe.each([
  { rule: 'no-placeholder-comments', corpus: placeholders, precision: 0.95, recall: 0.9 },
  { rule: 'no-commented-out-code', corpus: commentedOutCode, precision: 0.95, recall: 0 },
  { rule: 'no-trivial-comments', corpus: trivial, precision: 0.9, recall: 0 },
])('$rule on its labeled corpus', ({ rule, corpus, precision, recall }) => {
  it('is large and balanced enough to mean something', () => {
    // Half and half: a corpus of mostly one label would make precision or recall cheap to reach.
    const positives = corpus.filter((labeled) => labeled.flag).length;
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(positives / corpus.length).toBeGreaterThan(0.4);
    expect(positives / corpus.length).toBeLessThan(0.6);
  });

  it(`reaches precision ≥ ${precision} and recall ≥ ${recall}`, () => {
    // One pass over the corpus, counting the confusion matrix and keeping the misjudged cases.
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const mistakes: string[] = [];
    for (const labeled of corpus) {
      const flagged = flags(rule, labeled);
      if (flagged && labeled.flag) truePositives++;
      else if (flagged) falsePositives++;
      else if (labeled.flag) falseNegatives++;
      if (flagged !== labeled.flag) mistakes.push(`${labeled.flag ? 'missed' : 'false alarm'}: ${labeled.code.trim().split('\n').find((line) => line.includes('//') || line.includes('/*'))}`);
    }
    // Precision: how many reports are right; recall: how many of the should-flag cases are reported.
    const measuredPrecision = truePositives / (truePositives + falsePositives);
    const measuredRecall = truePositives / (truePositives + falseNegatives);
    console.log(
      `${rule}: precision ${measuredPrecision.toFixed(3)}, recall ${measuredRecall.toFixed(3)} on ${corpus.length} comments (${truePositives + falseNegatives} should flag; ${falsePositives} false alarms, ${falseNegatives} misses)`,
    );
    // The misjudged comments, for whoever tunes the patterns next.
    for (const mistake of mistakes) console.log(`  ${mistake}`);
    expect(measuredPrecision, mistakes.join('\n')).toBeGreaterThanOrEqual(precision);
    expect(measuredRecall, mistakes.join('\n')).toBeGreaterThanOrEqual(recall);
  });
});

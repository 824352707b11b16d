/**
 * The examples in docs/rules are executable claims: every ❌ block must be reported with the
 * messages its "Reports:" line quotes, every ✅ block must pass, under the options the page states.
 */
import fs from 'node:fs';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../index.js';

interface Example {
  readonly code: string;
  readonly expectProblems: boolean;
  /** The block is fenced as `jsx`: it is parsed with JSX on. */
  readonly jsx: boolean;
  /** Messages quoted in the "Reports:" paragraph before the block, if there is one. */
  readonly messages: string[];
}

/**
 * The options line and the code blocks of a page's Examples section. The page format is the
 * rule-doc template: "With `{…}`:", then ❌ and ✅ headings, each block optionally preceded
 * by a paragraph with "Reports:" and the exact messages in backticks. Blocks fenced `js` or
 * `jsx` run (the latter with JSX on); others (`ts`) only illustrate.
 */
function examplesOf(markdown: string): { options: unknown; examples: Example[] } {
  const section = markdown.slice(markdown.indexOf('## Examples'), markdown.indexOf('## When not to use it'));
  const optionsMatch = /^With `(\{.*\})`:$/mu.exec(section);
  const examples: Example[] = [];
  let expectProblems = true;
  let messages: string[] = [];
  // Walk the section line by line: headings switch ❌/✅, "Reports:" lines collect messages.
  const lines = section.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.startsWith('### ')) expectProblems = line.includes('❌');
    if (line.includes('Reports:')) messages = [...line.matchAll(/`([^`]+)`/gu)].map((match) => match[1]!);
    if (line.startsWith('```js')) {
      const end = lines.indexOf('```', index + 1);
      examples.push({ code: `${lines.slice(index + 1, end).join('\n')}\n`, expectProblems, jsx: line.startsWith('```jsx'), messages });
      messages = [];
      index = end;
    }
  }
  return { options: optionsMatch ? JSON.parse(optionsMatch[1]!) : undefined, examples };
}

describe.each(Object.keys(plugin.rules))('docs/rules/%s.md examples', (name) => {
  const markdown = fs.readFileSync(new URL(`../docs/rules/${name}.md`, import.meta.url), 'utf8');
  const { options, examples } = examplesOf(markdown);

  it('has options, failing and passing examples', () => {
    expect(options).toBeTypeOf('object');
    expect(examples.some((example) => example.expectProblems)).toBe(true);
    expect(examples.some((example) => !example.expectProblems)).toBe(true);
  });

  // Only this rule's problems (and parse errors) matter: an example need not satisfy core rules.
  it.each(examples.map((example, index) => [index + 1, example] as const))('example %i', (_, example) => {
    const linter = new Linter();
    const problems = linter
      .verify(example.code, [
        {
          plugins: { 'ai-code': plugin as never },
          languageOptions: { parserOptions: { ecmaFeatures: { jsx: example.jsx } } },
          rules: { [`ai-code/${name}`]: ['error', options] as Linter.RuleEntry },
        },
      ])
      .filter((problem) => problem.ruleId === `ai-code/${name}` || problem.fatal);
    // A ✅ block must be clean; a ❌ block must say exactly what its page says, when the page says it.
    if (!example.expectProblems) {
      expect(problems).toEqual([]);
    } else if (example.messages.length > 0) {
      expect(problems.map((problem) => problem.message)).toEqual(example.messages);
    } else {
      expect(problems.length).toBeGreaterThan(0);
    }
  });
});

/**
 * The placeholder and narration kinds: classified once in FileFacts, and, since they are not
 * documentation, invisible to the density rules unless a user counts them on purpose.
 */
import { describe, expect, it } from 'vitest';
import { looksLikeCode } from '../../../lib/kinds/comment-kinds.js';
import { placeholderTier } from '../../../lib/kinds/placeholders.js';
import { source, statements } from '../../helpers/code.js';
import { factsOf } from '../../helpers/facts.js';
import { lintWithRule } from '../../helpers/lint.js';

describe('placeholder tiers', () => {
  it.each([
    ['... existing code ...', 'certain'],
    ['...existing code...', 'certain'],
    ['Rest of the code remains the same', 'certain'],
    ['{{ modified code here }}', 'certain'],
    ['Validation omitted for brevity', 'likely'],
    ['(same as before)', 'likely'],
    ['Add more routes as needed', 'likely'],
    ['In a real application, send an email here', 'likely'],
    ['TODO: implement', 'risky'],
    ['Your code here', 'risky'],
    ['...', undefined],
    ['Keep the existing code path for old clients', undefined],
    // A work note that names missing work is risky: reported only in (or above) a body that does nothing yet.
    ['TODO: handle timeouts', 'risky'],
    ['TODO: accept ISO 8601 durations once the importer sends them', undefined],
    // Deferrals and work left to the reader are likely wherever they stand; a mention of a real
    // application inside an explanation is none.
    ['Implement analytics tracking later', 'risky'],
    ['Simulate API call', 'risky'],
    ['For now, we just log the error', 'risky'],
    ['In production, this would verify the JWT signature', 'likely'],
    ['Adjust these values as needed', 'likely'],
    ['Replace this with your actual API URL', 'likely'],
    ["You'll need to add your own authorization logic here", 'likely'],
    ['Implementation details omitted', 'likely'],
    ['rest of implementation', 'likely'],
    ['Add other form fields here', 'likely'],
    ['A real application would otherwise multiply the load', undefined],
  ] as const)('%s → %s', (text, tier) => {
    expect(placeholderTier(text)).toBe(tier);
  });
});

describe('looksLikeCode on declarations', () => {
  // A declaration is code however its line ends (a multi-line initializer continues below).
  it.each([
    ['const discount = sum > 100', true],
    ['let cursor: string | null', true],
    ['debugger;', true],
    ['if (foo) foo = bar', true],
    ['constant factors dominate here', false],
    ['let the caller decide', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(looksLikeCode(text)).toBe(expected);
  });
});

describe('looksLikeCode on fragments that are code only in their slot', () => {
  // A list item keeps its separator, an attribute its value, a chain link its dot; prose lacks them.
  it.each([
    // Members of classes, interfaces and types end with `;`.
    ['public notes: string;', true],
    ['height?: number;', true],
    // Items of arrays, import lists, parameters, objects and enums end with `,`.
    ["'fr',", true],
    ['CardFooter,', true],
    ['retries: 2,', true],
    ["Guest = 'guest',", true],
    ['visualizer({ open: true }),', true],
    // JSX attributes, chain links, case labels, and lines that close a block.
    ['views={["year", "month"]}', true],
    ['label="Birthday"', true],
    ['.then((response) => response.data)', true],
    ["case 'archived':", true],
    ['} else {', true],
    ['}, [deps]);', true],
    // Prose: an introduction, a sentence with code punctuation at its end.
    ['Example:', false],
    ['a sentence that ends with a semicolon;', false],
    ['the user said "yes"', false],
    ['See the docs.', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(looksLikeCode(text)).toBe(expected);
  });
});

describe('kinds in FileFacts', () => {
  it('gives placeholders and narration their own kinds, and keeps risky phrases explanatory', () => {
    const facts = factsOf(source('// ... existing code ...', 'init();', '// Handle delete flight', 'handleDeleteFlight();', 'function f() {', '  // TODO: implement', '}'));
    expect(facts.comments.map((fact) => [fact.kind, fact.placeholder])).toEqual([
      ['placeholder', 'certain'],
      ['narration', undefined],
      ['explanatory', 'risky'],
    ]);
  });

  // Narration needs the statement right there: a blank line or another comment in between breaks
  // it, and the last line of a longer comment ends a sentence rather than labelling the code.
  it('judges only single comments directly above or after a statement', () => {
    const facts = factsOf(source('// Save user', '', 'saveUser();', '// Save user', '// Save user', 'saveUser();', 'saveUser(); // Save user', '// Save user', 'saveUser();'));
    expect(facts.comments.map((fact) => fact.kind)).toEqual(['explanatory', 'explanatory', 'explanatory', 'narration', 'narration']);
  });

  // Object properties, array elements and union members are list entries; a comment above them heads a section.
  it.each([source('const kinds = {', '  // Statements', '  DebuggerStatement: check,', '};'), source('const all = [', '  // number', '  limitNumber,', '];')])('a heading above a list entry is not narration: %s', (code) => {
    expect(factsOf(code).comments[0]?.kind).toBe('explanatory');
  });

  // A trailing comment on an entry says what the entry means: the density rules count it.
  it.each([source('const types = [', "  'test', // Adding or updating tests", '];'), source('write(buffer,', '  nameBytes, // name bytes', ');')])('a comment trailing a list entry is not narration: %s', (code) => {
    expect(factsOf(code).comments[0]?.kind).toBe('explanatory');
  });
});

describe('density rules ignore placeholders and narration', () => {
  const onlyLeftovers = `${source('// ... existing code ...', 'init();', '// Handle delete flight', 'handleDeleteFlight();', '// Rest of the file remains unchanged', 'done();', '// Loop through items')}\n${source('for (const item of items) {', statements(20), '}')}\n`;

  it('comment-ratio measures 0% documentation in a file whose comments are all leftovers', () => {
    const messages = lintWithRule('comment-ratio', [{ unit: 'lines', scope: ['file'], minimum: 1 }], onlyLeftovers);
    expect(messages.map((message) => message.message)).toEqual(['File has 0% comment lines (0 of 25); the minimum is 1%.']);
  });

  it('comment-ratio counts them when asked to', () => {
    const messages = lintWithRule('comment-ratio', [{ unit: 'lines', scope: ['file'], minimum: 1, commentKinds: ['placeholder', 'narration'] }], onlyLeftovers);
    expect(messages).toEqual([]);
  });

  it('no-comment-gap runs through them', () => {
    const messages = lintWithRule('no-comment-gap', [{ unit: 'lines', maximum: 20 }], onlyLeftovers);
    expect(messages.map((message) => message.message)).toEqual(['25 code lines in a row (lines 2–29) have no explanatory comment; the maximum is 20.']);
  });
});

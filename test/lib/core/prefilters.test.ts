/**
 * The core's cheap tests in front of costlier ones (first-character guards, clue searches,
 * in-place character scans) must never turn away a text the guarded test would accept: each
 * property below checks a shortcut against the pattern or function it stands in front of, on
 * random texts built from the very fragments those patterns look for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnchoredPattern, firstNonSpace, hasWordChar, isSpaceAt, isWordCharAt } from '../../../lib/util/chars.js';
import {
  BLOCK_ONLY_DIRECTIVE,
  DIRECTIVE_START,
  CODE_SHAPES,
  commentShape,
  leadingKind,
  looksLikeCode,
  isCodeShaped,
  phraseKind,
  surelyNoLeadingKind,
  surelyNoTaggedKind,
  TRIPLE_SLASH_DIRECTIVE,
  TYPE_CAST,
} from '../../../lib/kinds/comment-kinds.js';
import { commentText } from '../../../lib/source/comment-text.js';
import { findMarker, parseMarker, TOOL_BANNER_BY_FIRST, toolBanner } from '../../../lib/markers/grammar.js';
import { REASON, REASON_PUNCTUATION } from '../../../lib/kinds/narration-words.js';
import { NARRATOR_OPENER, scanLabelWords } from '../../../lib/kinds/narration.js';
import { WORD } from '../../../lib/kinds/statement-names.js';
import { editNoteIn, noteByShape } from '../../../lib/kinds/edit-history.js';
import { FLOATING_CLUE, floatingTier, LIKELY_START, placeholderTier, RISKY_START } from '../../../lib/kinds/placeholders.js';
import type { SourceComment } from '../../../lib/source/file-source.js';
import { TAG_START, TAG_STARTS } from '../../../lib/spdx/header.js';

const TAG = '@ai' + '-generated';

/** Texts made of `fragments`, each in its own case or upper-cased, joined by assorted separators. */
function textFrom(fragments: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.constantFrom(...fragments),
    fc.constantFrom(...fragments).map((fragment) => fragment.toUpperCase()),
    fc.constantFrom(' ', '  ', '\t', '\n', ' * ', ',', '.', '(', ')', ':', ';', '-', '...', '…'),
    fc.string({ maxLength: 3 }),
  );
  return fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
}

// Characters a text may start with: ASCII, the non-ASCII letters that case-fold onto ASCII ones
// under `iu` (`ſ`, `K`), look-alikes that do not (`İ`, `ı`), and the placeholder arrows.
const FIRST_CHARACTERS = [...Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)), 'ſ', 'K', 'İ', 'ı', '←', '\u00a0', '\t', '\n', 'é'];

const SPDX_TAGS = ['SPDX-License-Identifier:', 'SPDX-FileContributor:', 'SPDX-FileCopyrightText:', 'SPDX-SnippetBegin', 'SPDX-SnippetEnd'];

const GUARDED: Record<string, readonly [AnchoredPattern, readonly string[]]> = {
  DIRECTIVE_START: [
    DIRECTIVE_START,
    ['eslint-disable', 'eslint-enable', '@ts-ignore', 'istanbul ignore', 'c8 ignore', 'node:coverage', 'prettier-ignore', 'tslint:', 'jshint', 'noinspection', 'nosonar', 'cspell:', 'spell-checker:', '# region', '<editor-fold', '# sourceMappingURL=', '@vite-ignore', '#__PURE__', '@jsx ', '@flow', '@format', '@jest-environment', 'webpackChunkName:', 'falls through'],
  ],
  BLOCK_ONLY_DIRECTIVE: [BLOCK_ONLY_DIRECTIVE, ['eslint', 'eslint-env', 'global', 'globals', 'exported']],
  TRIPLE_SLASH_DIRECTIVE: [TRIPLE_SLASH_DIRECTIVE, ['/ <reference', '/<amd-module', '/ <amd-dependency']],
  TYPE_CAST: [TYPE_CAST, ['@type {', '@satisfies{']],
  TAG_START: [TAG_START, [...SPDX_TAGS, 'copyright', '©']],
  LIKELY_START: [
    LIKELY_START,
    ['add this line', 'added line', 'new line', 'changed line', 'updated line', 'modified line', '← added', '<- new', '<= this line', 'add more', 'as needed', 'implementation omitted', 'details not shown', 'logic skipped'],
  ],
  NARRATOR_OPENER: [NARRATOR_OPENER, ['this will', 'the following code', 'the next block', 'below loop', 'here code', 'here we', 'step 1:', 'helper to', 'helper function for', 'now we']],
  RISKY_START: [
    RISKY_START,
    ['todo: implement', 'todo implementation', 'implementation goes here', 'code here', 'logic here', 'implement me', 'implement this', 'implement it here', 'not yet implemented', 'not implemented', 'stub', 'placeholder', 'add your code here', 'write the logic here', 'put code here', 'insert implementation here'],
  ],
};

describe('first-characters guards', () => {
  for (const [name, [guard, fragments]] of Object.entries(GUARDED)) {
    it(`${name} lists every way a match can start`, () => {
      // Every fragment with every first character, in both cases: the guard must agree with the pattern.
      for (const first of FIRST_CHARACTERS) {
        for (const fragment of fragments) {
          for (const text of [first + fragment.slice(1), first + fragment.slice(1).toUpperCase(), `${first + fragment.slice(1)} here x`]) {
            expect(guard.test(text), text).toBe(guard.pattern.test(text));
          }
        }
      }
      // And with every pair of first two characters, since the guard reads two.
      for (const first of FIRST_CHARACTERS) {
        for (const second of FIRST_CHARACTERS) {
          for (const fragment of fragments) {
            const text = first + second + fragment.slice(2);
            if (guard.test(text) !== guard.pattern.test(text)) expect(guard.test(text), text).toBe(guard.pattern.test(text));
          }
        }
      }
      fc.assert(
        fc.property(fc.constantFrom(...FIRST_CHARACTERS), textFrom(fragments), (first, tail) => {
          expect(guard.test(first + tail)).toBe(guard.pattern.test(first + tail));
          expect(guard.test(tail)).toBe(guard.pattern.test(tail));
        }),
        { numRuns: 300 },
      );
    });
  }

  // TAG_START's pattern stands for the six tag patterns together: each may match only where it does.
  it('TAG_START matches wherever a tag pattern does', () => {
    const matchesTag = (text: string): boolean => TAG_STARTS.some(([, pattern]) => pattern.test(text));
    for (const tag of [...SPDX_TAGS, 'copyright', 'COPYRIGHT (c)', '©']) {
      expect(matchesTag(`${tag} x`), tag).toBe(true);
      expect(TAG_START.pattern.test(`${tag} x`), tag).toBe(true);
    }
    fc.assert(
      fc.property(fc.constantFrom(...FIRST_CHARACTERS, ''), textFrom([...SPDX_TAGS, 'copyright', 'Copyright', '©']), (first, tail) => {
        const text = first + tail;
        if (matchesTag(text)) expect(TAG_START.pattern.test(text), text).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  // Without this, a guard whose patterns never match would pass the property above vacuously.
  it('lets the guarded patterns match where they should', () => {
    for (const [guard, fragments] of Object.values(GUARDED)) {
      expect(fragments.some((fragment) => guard.test(`${fragment} x`))).toBe(true);
    }
  });
});

// The scans replace `\S` and `[\p{L}\p{N}]` tests on slices; surrogate pairs are one character to both.
describe('character scans', () => {
  it('read white space and letters as `\\s` and `[\\p{L}\\p{N}]` do', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (text) => {
        for (let index = 0; index < text.length; index++) {
          expect(isSpaceAt(text, index)).toBe(/\s/u.test(text[index]!));
          const codePoint = String.fromCodePoint(text.codePointAt(index)!);
          if (text.charCodeAt(index) < 0xdc00 || text.charCodeAt(index) > 0xdfff) expect(isWordCharAt(text, index)).toBe(/[\p{L}\p{N}]/u.test(codePoint));
        }
        expect(firstNonSpace(text, 0, text.length)).toBe(text.search(/\S/u));
        expect(hasWordChar(text, 0, text.length)).toBe(/[\p{L}\p{N}]/u.test(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('search shortcuts', () => {
  // The narration word count turns a text away at the first of these characters, standing in
  // for REASON: each must be one REASON finds, wherever it stands.
  it('turns away only punctuation the narration reason search finds', () => {
    expect(REASON_PUNCTUATION.size).toBeGreaterThan(0);
    for (const code of REASON_PUNCTUATION) expect(REASON.test(`a ${String.fromCharCode(code)} b`), String.fromCharCode(code)).toBe(true);
  });

  // narrationWords reads a label's words from this scan, in place of WORD's matches and REASON's
  // punctuation; a short buffer keeps the first words only.
  it('scans a label into the words WORD finds, or turns it away at punctuation REASON finds', () => {
    const bounds = new Int32Array(6);
    fc.assert(
      fc.property(textFrom(['Handle', 'errors', "don't", 'x1', '(', ':', '—', 'é', '_', '-']), (text) => {
        const count = scanLabelWords(text, bounds);
        if (Array.from(text).some((char) => REASON_PUNCTUATION.has(char.charCodeAt(0)))) return count === -1;
        const words = text.match(WORD) ?? [];
        expect(count).toBe(words.length);
        for (let index = 0; index < Math.min(count, 3); index++) expect(text.slice(bounds[2 * index], bounds[2 * index + 1])).toBe(words[index]);
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  // One or more phrases of each floating alternative, plus single words the old clue let through.
  const phrases = [
    'rest of the code remains',
    'rest of file',
    '{{ existing code',
    '{{modified code',
    '{{ x',
    'the same',
    'as is',
    'keep',
    'existing code remains',
    'previous logic goes here',
    'other methods stay the same',
    'remaining cases remain as is',
    'unchanged from before',
    'omitted for brevity',
    'left out for space',
    '(same as above)',
    '(unchanged as earlier)',
    'in a real app',
    'in an actual project',
    'in a real-world world system',
    'keep the other code unchanged',
    'leave all existing handlers as is',
    'similar code for the other',
    'same handling as the rest',
    'your code goes here',
    'your solution here',
    // Words that the phrase clue no longer accepts alone, to mix into the texts.
    'code',
    'space',
    'real',
  ];

  it('FLOATING_CLUE matches every text a floating placeholder phrase matches', () => {
    fc.assert(
      fc.property(textFrom(phrases), (text) => {
        if (floatingTier(text) !== undefined) expect(FLOATING_CLUE.test(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(floatingTier('other methods stay the same')).toBe('certain');
  });

  // The clue search must let through every text a shape finds a note in, a change tag without
  // a past tense and "was" before a tab included, and nothing is a clue inside a word.
  it('the edit-note clue search turns away no text an edit-note shape matches', () => {
    const fragments = [
      'Removed', 'deleted', 'Replaced', 'renamed', 'Changed to', 'cleaned up', 'Update:', 'change :', 'Edited:', 'edit:', 'Fixed the', 'increased to', 'Now uses', 'now returns',
      'no longer', 'no longer than', 'was 20', 'was\t3', 'were previously', 'formerly', 'replacing', 'replaces the old', 'instead of the old', 'We use', 'we will try', 'instead',
      'kept', 'unchanged', 'moved to', 'utils/format.ts', "Actually, let's", 'Simpler:', 'phase 2 adds', 'drop it', ' - not needed', 'automatically', 'when', 'known', 'prefix', 'x',
      'instead of', 'of', 'the', 'old', 'previous', 'former', 'previously', 'was', 'were', '3', 'now instead of', 'we take',
    ];
    fc.assert(
      fc.property(textFrom(fragments), (text) => {
        if (text.length > 0) expect(editNoteIn(text)).toEqual(noteByShape(text));
      }),
      { numRuns: 3000 },
    );
    for (const text of ['Update: reads the cache', 'Change: two retries', 'Edit: one retry', 'The limit was\t3, and is 5', 'We use a plain counter instead .', 'we will try the cache instead', 'Retries (was previously 3)', 'keys instead of the old ids']) {
      expect(editNoteIn(text), text).toBeDefined();
    }
    expect(noteByShape('A known prefix, in place')).toBeUndefined();
  });

  // A text's last character picks the shapes that may match it; prose ends with a letter or a
  // full stop, which only DECLARATION allows.
  it('looksLikeCode decides as the full set of code shapes does', () => {
    const fragments = [
      'const x = 1', 'let y: number', 'if (a)', 'return a;', 'foo(bar)', 'a.b = c', '<div>', '</div>', '{', '}', '[', ']', ')', ';', ',', 'debugger;', 'text', 'if a', '>',
      "'fr'", 'retries: 2', 'Guest = ', 'views={["year"]}', 'a="b"', ".then(toUser)", '?.', 'case 1', 'default', ':', '} else {', '"', "'",
    ];
    fc.assert(
      fc.property(textFrom(fragments), (text) => {
        expect(looksLikeCode(text)).toBe(CODE_SHAPES.some(({ matches }) => matches(text)));
      }),
      { numRuns: 1000 },
    );
    // Each shape with each of its endings.
    const code = ['let y = 2', ';', '(', 'foo(bar)', 'foo(bar);', 'foo(bar),', '<Foo />', '<b>x</b>', 'readonly port: number;', "'fr',", 'a="b"', "a='b'", 'a={b}', '.then(toUser);', 'case 1:', '} else {', '});', 'return [a]', 'throw x}'];
    for (const text of code) expect(looksLikeCode(text), text).toBe(true);
  });

  // Each banner pattern is anchored: the first character picks the one that may match.
  it('toolBanner finds what its patterns find', () => {
    const patterns = [...TOOL_BANNER_BY_FIRST.values()];
    const fragments = ['@' + 'generated', 'Code generated', 'by tool', 'DO NOT EDIT', 'Generated by the protocol buffer compiler', 'code generated', '@gen'];
    fc.assert(
      fc.property(textFrom(fragments), (text) => {
        expect(toolBanner(text)).toBe(patterns.find(([pattern]) => pattern.test(text))?.[1]);
      }),
      { numRuns: 1000 },
    );
  });

  // The shortcut skips comments without `@ai` whose first line cannot start a BEGIN/END or SPDX form.
  it('findMarker finds every marker parseMarker finds', () => {
    const fragments = [TAG, `${TAG}-begin`, `${TAG}-end`, '@ai-start', '@AI-end', '@ai', '#region ', '# region', 'BEGIN', 'end', 'End', ' AI-generated', ' ai generated', '--- [', '=', '[', ']', 'SPDX-SnippetBegin', 'SPDX-SnippetEnd', '@param x', 'tool=x', '*', 'S', 'b', 'e'];
    // Every marker form without `@ai`, in each case and after each decoration, is found.
    for (const form of ['begin ai-generated', 'end ai generated', '--- [end ai-generated] ---', '= begin ai-generated', '[begin ai-generated]', 'SPDX-SnippetBegin', 'SPDX-SnippetEnd']) {
      for (const words of [form, form.toUpperCase(), form.replace(/\b\w/gu, (letter) => letter.toUpperCase())]) {
        for (const [type, value] of [['Line', ` ${words}`], ['Block', `*\n * ${words}\n `], ['Block', ` ${words} `]] as const) {
          const source: SourceComment = { type, value, range: [0, value.length + 4] };
          expect(findMarker(source, []), value).toEqual(parseMarker(source, []));
        }
      }
    }
    const comment = fc.record({ type: fc.constantFrom('Line' as const, 'Block' as const), value: textFrom(fragments) });
    fc.assert(
      fc.property(comment, ({ type, value }) => {
        const source: SourceComment = { type, value, range: [0, value.length + 4] };
        expect(findMarker(source, [])).toEqual(parseMarker(source, []));
      }),
      { numRuns: 2000 },
    );
  });

  // no-commented-out-code tells code-shaped comments without their facts, mostly from their raw
  // value's last character; the decoration and white space around the text must not mislead it.
  it('isCodeShaped holds for the comments commentShape finds shaped like code, and only for them', () => {
    const fragments = [
      'const x = 1', 'if (a)', 'return a;', 'foo(bar)', 'a.b = c', '<div>', '</div>', '{', '}', ']', ')', ';', ',', "'fr'", 'retries: 2', 'a="b"', '.then(x)',
      'case 1', ':', '*', '* ', '/', '\n *', 'text', 'Note', '$x', '0',
    ];
    const comment = fc.record({ type: fc.constantFrom('Line' as const, 'Block' as const, 'Shebang' as const), value: textFrom(fragments) });
    fc.assert(
      fc.property(comment, ({ type, value }) => {
        const source: SourceComment = { type, value, range: [0, value.length + 4] };
        expect(isCodeShaped(source)).toBe(commentShape({ comment: source, text: commentText(source) }) === 'code');
      }),
      { numRuns: 3000 },
    );
    const line = (value: string): SourceComment => ({ type: 'Line', value, range: [0, value.length + 2] });
    for (const value of [' const total = sum(a) ', ' if (ready) start() ', ' foo(bar);', '\tuser.name = name\t', ' } else {']) expect(isCodeShaped(line(value)), value).toBe(true);
    for (const value of [' Returns the total.', ' (see foo) here', ' Example:', ' let x be', '', '   ']) expect(isCodeShaped(line(value)), value).toBe(false);
    // A JSDoc block is documentation whatever it holds; a `/***` banner is not one.
    expect(isCodeShaped({ type: 'Block', value: '*\n * foo(bar);\n ', range: [0, 20] })).toBe(false);
    expect(isCodeShaped({ type: 'Block', value: '**\n * foo(bar);\n ', range: [0, 20] })).toBe(true);
  });

  // The certificate skips the marker, directive and placeholder searches for blocks that open
  // with an ordinary word and hold no placeholder clue, short or long.
  it('surelyNoLeadingKind holds only for comments leadingKind finds no kind in', () => {
    // Long enough to take a text past the placeholder length, past which no clue matters.
    const filler = ' and the rest of this sentence explains at length what the function does and why it exists'.repeat(2);
    // How each leading kind can open a text (directives, markers, banners, licences,
    // placeholders), and the ordinary words most JSDoc blocks open with.
    const fragments = [
      ...Object.values(GUARDED).flatMap(([, starts]) => starts),
      TAG,
      `${TAG}-begin`,
      '#region @ai-generated',
      '--- BEGIN AI-generated',
      '[end ai generated]',
      'SPDX-SnippetBegin',
      '@' + 'generated',
      'Code generated by x. DO NOT EDIT.',
      'Generated by the protocol buffer compiler',
      'Copyright (c) 2024',
      'SPDX-License-Identifier: MIT',
      '... existing code ...',
      '...',
      'rest of the code remains unchanged',
      'omitted for brevity',
      '(same as above)',
      'in a real application',
      'keep the other code unchanged',
      'unchanged from the original',
      '{{ existing code',
      'similar logic for the rest',
      'Returns the total',
      'Sums',
      'x',
      '@param x',
      filler,
    ];
    // A value: JSDoc, banner or `///` decoration, the words, then perhaps a long tail.
    const value = fc.tuple(fc.constantFrom('', '*', '*\n * ', '**', '!', ' ', '/', '* '), textFrom(fragments), fc.constantFrom('', filler, '\n ')).map((parts) => parts.join(''));
    let certified = 0;
    let certifiedLines = 0;
    let certifiedByPhrases = 0;
    // Each certified comment must have no leading kind by the full search; a `//` comment is one
    // line. So must each comment whose opening and place give no kind (`surelyNoTaggedKind`)
    // and whose placeholder tier and edit note, once read, give none either (`phraseKind`).
    fc.assert(
      fc.property(value, fc.boolean(), fc.constantFrom('Block', 'Line'), (raw, inHeader, type) => {
        const text = type === 'Line' ? raw.replaceAll('\n', ' ') : raw;
        const comment: SourceComment = { type, value: text, range: [0, text.length + 4] };
        const words = commentText(comment);
        const found = { marker: findMarker(comment, []), placeholder: placeholderTier(words), editNote: editNoteIn(words) };
        if (surelyNoTaggedKind(comment, inHeader, false) && phraseKind(words, found) === undefined) {
          certifiedByPhrases++;
          expect(leadingKind(comment, words, inHeader, found), text).toBeUndefined();
        }
        if (!surelyNoLeadingKind(comment, inHeader, false)) return;
        certified++;
        if (type === 'Line') certifiedLines++;
        expect(leadingKind(comment, words, inHeader, found), text).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
    expect(certifiedByPhrases).toBeGreaterThan(certified);
    // A typical JSDoc block is certified; a property that never held would have checked nothing.
    const jsdoc: SourceComment = { type: 'Block', value: `*\n * Returns the total${filler}.\n * @param items the lines\n `, range: [0, 300] };
    expect(surelyNoLeadingKind(jsdoc, false, false)).toBe(true);
    expect(surelyNoLeadingKind(jsdoc, true, false)).toBe(false);
    expect(surelyNoLeadingKind(jsdoc, false, true)).toBe(false);
    expect(certified).toBeGreaterThan(100);
    expect(certifiedLines).toBeGreaterThan(50);
    // Line comments in code are certified, directives and markers after `//` decoration are not.
    const line = (text: string): SourceComment => ({ type: 'Line', value: text, range: [0, text.length + 2] });
    expect(surelyNoLeadingKind(line(' Retry once: the cache may be cold.'), false, false)).toBe(true);
    for (const text of ['/ <reference path="x" />', ' eslint-disable-next-line no-undef', `* ${TAG}`, ' ... existing code ...']) {
      expect(surelyNoLeadingKind(line(text), false, false), text).toBe(false);
    }
    // Short blocks are certified too, unless a placeholder clue is in them.
    const short = (words: string): SourceComment => ({ type: 'Block', value: `* ${words} `, range: [0, words.length + 7] });
    expect(surelyNoLeadingKind(short('Returns the total.'), false, false)).toBe(true);
    for (const words of ['... existing code', 'Rest of the code', 'Added line', 'Details omitted for brevity', 'Sums them…']) {
      expect(surelyNoLeadingKind(short(words), false, false), words).toBe(false);
    }
    // Every way a marker or a tool banner can open a long block, in each case the pattern
    // allows, is refused: random texts reach these openings too rarely to hold each one.
    const openings = [
      `${TAG} tool=x`,
      '@ai-start',
      '#region @ai-generated',
      '--- BEGIN AI-generated ---',
      '= begin ai-generated',
      '[END AI-GENERATED]',
      'BEGIN AI-generated',
      'begin ai generated',
      'End AI-generated',
      'end ai-generated',
      'SPDX-SnippetBegin',
      '@' + 'generated',
      'Code generated by x. DO NOT EDIT.',
      'Generated by the protocol buffer compiler.  DO NOT EDIT!',
    ];
    for (const opening of openings) {
      for (const decoration of ['', ' ', '*\n * ']) {
        const text = `${decoration}${opening}${filler}`;
        const comment: SourceComment = { type: 'Block', value: text, range: [0, text.length + 4] };
        const words = commentText(comment);
        // On the first line each opening gives a leading kind; on a JSDoc block's second line
        // only the `@` forms do, and the certificate refuses the others all the same.
        const leading = leadingKind(comment, words, false, { marker: findMarker(comment, []), placeholder: placeholderTier(words), editNote: editNoteIn(words) });
        if (!decoration.includes('\n')) expect(leading, text).not.toBeUndefined();
        expect(surelyNoLeadingKind(comment, false, false), text).toBe(false);
      }
    }
  });
});

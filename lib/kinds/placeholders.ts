/**
 * Placeholder comments: text that stands for code which is not there. The phrases come from
 * the edit formats assistants are prompted with and from what ships in public code (see the
 * research notes); each tier is a false-positive risk class, so users can drop the risky one.
 *
 * Every pattern is anchored or literal with bounded gaps, so matching is linear in the text.
 */
import { AnchoredPattern } from '../util/chars.js';

export const PLACEHOLDER_TIERS = ['certain', 'likely', 'risky'] as const;
export type PlaceholderTier = (typeof PLACEHOLDER_TIERS)[number];

/**
 * An ellipsis at either end of the text frames an elision (`... existing code ...`). The text is
 * `[start, end)` of `value`, so a caller that has not cut it out asks the same question.
 */
function hasEllipsisFrame(value: string, start = 0, end = value.length): boolean {
  return value.startsWith('..', start) || value.startsWith('…', start) || (end - start >= 3 && value.startsWith('...', end - 3)) || (end > start && value[end - 1] === '…');
}
const ELIDED_PART =
  /\b(?:existing|rest of(?: the)?|remaining|unchanged|previous|other|original|same|more)\s+(?:code|implementation|logic|functions?|methods?|imports?|routes?|handlers?|props|fields|tests?|cases|content|file|components?|styles|config(?:uration)?|properties|state|setup|steps|exports|lines|jsx|markup|html|items|entries|options|columns|rows|elements|members|keys|values|types|providers|middleware|listeners|functionality|features)\b|\brest (?:is |remains? )?(?:unchanged|the same)\b/i;

/**
 * Joins alternatives into one case-insensitive pattern. Anchored and floating phrases are kept
 * in separate patterns, and anchored ones share one `^` outside the group: then V8 tries
 * position 0 only, while one floating alternative would make it try every position for all.
 */
const pattern = (alternatives: readonly string[]): RegExp => new RegExp(alternatives.join('|'), 'i');
const anchored = (alternatives: readonly string[]): RegExp => new RegExp(`^(?:${alternatives.join('|')})`, 'i');

// Elisions wherever they stand in the comment.
const CERTAIN = pattern([
  '\\brest of (?:the )?(?:code|file|function|class|component|implementation|method|module|logic|body)s? (?:remains?|stays?|(?:is|are) (?:unchanged|the same|as before)|unchanged)\\b',
  '\\{\\{\\s*(?:modified|existing|original|previous|unchanged) code\\b',
  '\\b(?:existing|previous|original|remaining) (?:code|implementation|logic) (?:remains|stays|goes here|unchanged|as before)\\b',
  '\\b(?:other|remaining|existing) (?:methods|functions|code|handlers|routes|fields|props|logic|cases) (?:stays?|remains?) (?:the same|unchanged|as (?:is|before))\\b',
  '\\bunchanged from (?:before|the original|above)\\b',
]);

// Behind how their alternatives begin (see AnchoredPattern).
export const LIKELY_START = new AnchoredPattern(['ad', 'ne', 'ch', 'up', 'mo', 'im', 'co', 'lo', 'de', '<-', '<=', '←'], anchored([
  // Not `Add this line to your .env`: that is an instruction to the reader.
  'add this line\\b(?! to\\b)',
  '(?:added|new|changed|updated|modified) line\\b',
  '(?:←|<-{1,2}|<=) ?(?:added|new|changed|add this|this line)\\b',
  'add (?:more|other|additional|any other|your own|further)\\b.{0,48}\\b(?:as|if|when) (?:needed|necessary|required)\\b',
  // `{/* Add other form fields here */}`: the rest is left to the reader.
  'add (?:more|other|additional|any other|further|remaining)\\b.{0,48}\\bhere\\b',
  '(?:implementation|code|logic)(?: details?)? (?:omitted|elided|not shown|skipped)\\b',
  '(?:details?) (?:omitted|elided|not shown|skipped)\\b',
]));
const LIKELY_ANYWHERE = pattern([
  // `/* rest of implementation */` alone: an elision without its ellipsis.
  '^(?:the )?rest of (?:the )?(?:code|implementation|logic|function|method|component|body|file|class)\\s*\\.?$',
  '\\b(?:omitted|elided|truncated|shortened|skipped|abbreviated|left out) for (?:brevity|clarity|simplicity|space)\\b',
  '\\((?:same|unchanged|identical) as (?:before|above|earlier)\\)',
  '\\bin an? (?:real|production|real-world|actual)(?: world)? (?:app|application|scenario|implementation|project|system|environment|setting|codebase)\\b',
  '\\b(?:keep|leave) (?:all )?(?:the )?(?:other|existing|remaining) (?:code|\\w+) (?:unchanged|as is|the same)\\b',
  '\\b(?:similar|same) (?:code|logic|implementation|handling) (?:for|as) (?:the )?(?:other|remaining|rest)\\b',
  // A deferral to the real thing: a "production" or "real application" where the code "would" do more.
  '\\bin (?:production|a real app(?:lication)?|reality),? (?:this|you|we|it|that) (?:would|should|will need to|need to)\\b',
  // Left for the reader to fill in: values to "adjust" until "needed", a "your actual URL" to put in.
  '\\b(?:adjust|customi[sz]e|tweak|modify|change|configure|update) (?:[\\w-]+ ){0,4}?as (?:needed|necessary|required|appropriate)\\b',
  '\\b(?:add|implement|write|insert|put|plug in) (?:in )?your own\\b',
  '\\bwith your (?:actual|real|own)\\b',
]);

// Human code says these too (TODOs, exercise scaffolds): the rule reports them only in an empty or stub body.
export const RISKY_START = new AnchoredPattern(['to', 'fi', 'im', 'co', 'lo', 'no', 'st', 'pl', 'ad', 'wr', 'pu', 'in', 'si', 'mo', 'fa', 'du', 'ha', 'fo'], anchored([
  // A work note that names the missing work: in a body that does nothing yet, it says what is missing.
  '(?:todo|fixme)\\b:?\\s*(?:implement|handle|add|fetch|call|wire|hook up|connect|integrate|replace|send|save|load|persist)\\b',
  // "Implement tracking later", "Simulate API call", "Mock data for now", "For now, return []".
  'implement\\b',
  'simulat(?:e|es|ed|ing)\\b',
  '(?:mock|fake|dummy|hard-?coded)\\b',
  'for now\\b',
  '(?:implementation|code|logic) (?:goes )?here\\b',
  'implement (?:me|this|here)\\b',
  'implement\\b.{0,40}\\bhere\\b',
  'not (?:yet )?implemented\\b',
  '(?:stub|placeholder)\\b',
  '(?:add|write|put|insert) (?:your |the )?(?:code|logic|implementation) here\\b',
]));
const RISKY_ANYWHERE = /\byour (?:code|implementation|logic|solution) (?:goes )?here\b|\bfor now\b/i;

/** Longest comment text that is still judged: placeholders are short notes, not paragraphs. */
const PLACEHOLDER_MAX_LENGTH = 160;

// Every floating phrase contains one of these (each alternative of CERTAIN, LIKELY_ANYWHERE and
// RISKY_ANYWHERE spells one out): one pass of this alternation rules out nearly every comment
// before the floating patterns, which try every position of the text, run. The clues are the
// phrases' own word sequences, not single words: "code" or "the same" alone let one comment in
// twenty through. The floating patterns then run so rarely that V8 may have dropped their
// compiled code in between, which makes each of their runs cost a compilation.
export const FLOATING_CLUE =
  /rest of|\{\{\s*(?:modified|existing|original|previous|unchanged) code|(?:existing|previous|original|remaining|other) \w+ (?:remain|stay|goes here|unchanged|as before)|unchanged from|for (?:brevity|clarity|simplicity|space)|as (?:before|above|earlier)\)|in an? (?:real|production|actual)|(?:keep|leave) (?:all )?(?:the )?(?:other|existing|remaining) |(?:similar|same) (?:code|logic|implementation|handling)|your (?:code|implementation|logic|solution|own|actual|real)|in (?:production|a real app|reality)|as (?:needed|necessary|required|appropriate)|for now/i;

/** The placeholder tier of a comment's text (delimiters and decoration stripped), if any. */
export function placeholderTier(text: string): PlaceholderTier | undefined {
  // This runs on every comment of every file: long texts (doc blocks, paragraphs) stop here.
  if (text.length === 0 || text.length > PLACEHOLDER_MAX_LENGTH) return undefined;
  if (hasEllipsisFrame(text) && ELIDED_PART.test(text)) return 'certain';
  const floating = FLOATING_CLUE.test(text) ? floatingTier(text) : undefined;
  if (floating === 'certain') return 'certain';
  if (floating === 'likely' || LIKELY_START.test(text)) return 'likely';
  return floating === 'risky' || RISKY_START.test(text) ? 'risky' : undefined;
}

/**
 * Whether `placeholderTier` may find the certain or likely tier in the text that spans
 * `[start, end)` of `value`, told without cutting the text out: false settles that it finds
 * neither. A certain or likely phrase frames the text with an ellipsis, opens it as
 * `LIKELY_START` says, or holds a floating clue; the clue has no anchor, so the whole value
 * holds it too.
 */
export function mayBeCertainOrLikely(value: string, start: number, end: number): boolean {
  if (end - start > PLACEHOLDER_MAX_LENGTH) return false;
  return hasEllipsisFrame(value, start, end) || LIKELY_START.mayMatchAt(value, start) || FLOATING_CLUE.test(value);
}

/** The highest tier of the phrases that may stand anywhere in the text (FLOATING_CLUE guards it). */
export function floatingTier(text: string): PlaceholderTier | undefined {
  if (CERTAIN.test(text)) return 'certain';
  if (LIKELY_ANYWHERE.test(text)) return 'likely';
  return RISKY_ANYWHERE.test(text) ? 'risky' : undefined;
}

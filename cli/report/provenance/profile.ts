/**
 * A file's line profile (split.ts) from its FileFacts: which lines hold code, which hold
 * documentation words (the same lines the report's `lines.documentation` counts), which a
 * marker covers, and where findings start. A profile crosses from an ESLint rule to the report
 * inside a message, so it has a text form.
 */
import { COUNTED_TEXT, LineKind, type FileFacts } from '../../../lib/core/file-facts.js';
import { DOCUMENTATION_KINDS, kindMask } from '../../../lib/kinds/comment-kinds.js';
import { LineBits, type LineProfile } from './split.js';

const DOCS = kindMask(DOCUMENTATION_KINDS);

/** Per line, `LineBits` of a file's code, documentation and generated lines (`generated` as FileAnalysis.generatedLines gives them). */
export function lineBits(facts: FileFacts, generated: Uint8Array | undefined): Uint8Array {
  const kinds = facts.lineKindsIn(DOCS, 1, facts.lineCount);
  const bits = new Uint8Array(facts.lineCount + 1);
  for (let line = 1; line <= facts.lineCount; line++) {
    const kind = kinds[line - 1]!;
    bits[line] = ((kind & LineKind.code) === 0 ? 0 : LineBits.code) | ((kind & COUNTED_TEXT) === 0 ? 0 : LineBits.documentation) | (generated?.[line] === 1 ? LineBits.generated : 0);
  }
  return bits;
}

/** A profile from its parts; findings are given by the lines they start on. */
export const lineProfile = (lines: Uint8Array, gapLines: readonly number[], undocumentedLines: readonly number[]): LineProfile => ({ lines, gapLines, undocumentedLines });

/** `lineBits` as text for a message: base64 of the bytes. */
export const encodeLineBits = (bits: Uint8Array): string => Buffer.from(bits.buffer, bits.byteOffset, bits.byteLength).toString('base64');

export const decodeLineBits = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));

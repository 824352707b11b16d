// Where a function of the corpus is and whether the density rules flag it: shared by the
// must-explain check (score.js) and the blind function sample (score-functions.js).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from '@typescript-eslint/parser';
import { CORPUS_DIR } from './corpus.js';

/** The density rules the benchmark scores. */
export const RULES = ['ai-code/comment-ratio', 'ai-code/no-comment-gap'];

/** @typedef {{ type: string, loc: { start: { line: number }, end: { line: number } }, body?: { loc: { start: { line: number } } } }} FunctionNode */

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/**
 * The outermost function of `file` that starts on `line` (the corpus is parsed, never run).
 * @param {string} file
 * @param {number} line
 * @returns {FunctionNode | undefined}
 */
export function functionAt(file, line) {
  const text = fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8');
  const ast = parse(text, { loc: true, range: true, jsx: !/\.[cm]?ts$/u.test(file), filePath: file });
  /** @type {FunctionNode[]} */
  const stack = [/** @type {FunctionNode} */ (/** @type {unknown} */ (ast))];
  while (stack.length > 0) {
    const node = /** @type {FunctionNode} */ (stack.pop());
    // Only nodes that span the line can hold the function; any object with a type and a place is a node.
    if (node.loc.start.line > line || node.loc.end.line < line) continue;
    if (FUNCTION_TYPES.has(node.type) && node.loc.start.line === line) return node;
    // Children are every property that holds nodes (arrays of them too), the parent link aside.
    for (const [key, child] of Object.entries(node)) {
      if (key === 'parent' || child === null || typeof child !== 'object') continue;
      for (const item of Array.isArray(child) ? child : [child]) if (item && typeof item.type === 'string' && item.loc) stack.push(item);
    }
  }
  return undefined;
}

/**
 * Which density rule flags `fn` in `file`: a function-level `comment-ratio` finding on its
 * head (its start line up to the line its body opens on), or a `no-comment-gap` finding that
 * starts inside it.
 * @param {import('./corpus.js').Finding[]} findings
 * @param {string} file
 * @param {FunctionNode} fn
 */
export function flaggedBy(findings, file, fn) {
  const headEnd = fn.body?.loc.start.line ?? fn.loc.start.line;
  const inFile = findings.filter((finding) => finding.file === file);
  const ratio = inFile.some(
    (finding) => finding.rule === RULES[0] && !finding.message.startsWith('File ') && finding.line >= fn.loc.start.line && finding.line <= headEnd,
  );
  // A gap is reported on its first line, whatever its message's wording.
  const gap = inFile.some((finding) => finding.rule === RULES[1] && finding.line >= fn.loc.start.line && finding.line <= fn.loc.end.line);
  return [ratio ? 'comment-ratio' : '', gap ? 'no-comment-gap' : ''].filter(Boolean);
}


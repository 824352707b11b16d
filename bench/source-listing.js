/**
 * A file's tokens and comments as comparable text, one line per token or comment, for holding
 * the report's scanner equal to ESLint (bench/scanner-agreement.js and the tests).
 *
 * Names of any kind count alike in the core (narration), except the token right after a JSDoc
 * block, whose exact type the scanner must match (`exactTypes` compares every type). espree
 * types a namespaced JSX name `JSXIdentifier`, typescript-eslint `Identifier`. JSX text is
 * compared by range: espree decodes entities in its value, typescript-eslint does not, and
 * the core never reads it.
 */

const NAME_TYPES = new Set(['Identifier', 'Keyword', 'Boolean', 'Null', 'JSXIdentifier']);

/**
 * @param {import('../lib/source/file-source.js').FileSource} source
 * @param {{ exactTypes?: boolean }} [options]
 * @returns {string[]}
 */
export function sourceListing(source, { exactTypes = false } = {}) {
  /** @param {string} type */
  const typeOf = (type) => (!exactTypes && NAME_TYPES.has(type) ? 'Name' : type);
  return [
    ...source.tokens.map((token) => `${typeOf(token.type)} ${token.type === 'JSXText' ? '' : JSON.stringify(token.value)} ${token.range.join('-')}`),
    ...source.comments.map((comment) => `${comment.type} ${JSON.stringify(comment.value)} ${comment.range.join('-')}`),
  ];
}

/**
 * Builders for rule-test sources. Density and gap thresholds are about dozens of lines, so
 * tests generate the filler statements and spell out only the lines that matter.
 */

/** `count` distinct, plainly undocumented statement lines. */
export function statements(count: number, indent = '  '): string {
  return Array.from({ length: count }, (_, index) => `${indent}total += ${index + 1};`).join('\n');
}

/** Joins source lines with `\n`, the way most fixtures are written. */
export function source(...lines: string[]): string {
  return lines.join('\n');
}

/** The same source with Windows line endings. */
export function crlf(text: string): string {
  return text.replaceAll('\n', '\r\n');
}

/**
 * `count` lines of one decision each, the logic a reader needs explained: branches on `value`
 * that change state (a branch that only returns would be a guard clause, which weighs nothing).
 */
export function decisions(count: number, indent = '  '): string {
  return Array.from({ length: count }, (_, index) => `${indent}if (value === ${index + 1}) value += ${index + 1};`).join('\n');
}

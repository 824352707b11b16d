/**
 * What the rules that report comments by their kind share: a team's `ignorePatterns`, matched
 * against a comment's text.
 */
import { compileUserPatterns } from '../util/user-patterns.js';

/** Whether a comment's text matches one of the rule's `ignorePatterns`: the team's exceptions, never reported. */
export function ignoredText(ruleName: string, ignorePatterns: readonly string[]): (text: string) => boolean {
  const patterns = compileUserPatterns(ruleName, 'ignorePatterns', ignorePatterns);
  return (text) => patterns.some((pattern) => pattern.test(text));
}


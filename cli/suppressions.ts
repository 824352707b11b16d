/**
 * ESLint's bulk suppressions (`eslint-suppressions.json`), applied to lint results the way
 * ESLint's CLI applies them after linting. ESLint's API applies them only from 10.x and only
 * when asked (`applySuppressions`), and not at all in ESLint 9, which the peer range includes,
 * so the hook's own step applies them itself, for every version alike.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ESLint, Linter } from 'eslint';
import { InitError } from './edits.js';
import { relativePosixPath } from './relative-path.js';

export const SUPPRESSIONS_FILE = 'eslint-suppressions.json';

/** The file's content: file (relative to the folder, with `/`) → rule → how many errors are recorded. */
export type Suppressions = Record<string, Record<string, { count: number }>>;

/** The suppressions recorded in `cwd`, or none when there is no file; a broken file is one line of error. */
export function readSuppressions(cwd: string): Suppressions {
  let text: string;
  try {
    text = fs.readFileSync(path.join(cwd, SUPPRESSIONS_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new InitError(`cannot read ${SUPPRESSIONS_FILE}: ${(error as Error).message}`);
  }
  let recorded: unknown;
  try {
    recorded = JSON.parse(text);
  } catch (error) {
    throw new InitError(`${SUPPRESSIONS_FILE} is not valid JSON (${(error as Error).message}); fix it, or recreate it with \`npx eslint --suppress-all\`.`);
  }
  if (recorded === null || typeof recorded !== 'object' || Array.isArray(recorded)) throw new InitError(`${SUPPRESSIONS_FILE} does not hold a JSON object; recreate it with \`npx eslint --suppress-all\`.`);
  return recorded as Suppressions;
}

/** ESLint's counts of a file's messages: a fatal message is an error whatever its severity. */
function counts(messages: readonly Linter.LintMessage[]): Pick<ESLint.LintResult, 'errorCount' | 'fatalErrorCount' | 'warningCount' | 'fixableErrorCount' | 'fixableWarningCount'> {
  const errors = messages.filter((message) => message.fatal === true || message.severity === 2);
  const warnings = messages.filter((message) => !errors.includes(message));
  return {
    errorCount: errors.length,
    fatalErrorCount: errors.filter((message) => message.fatal === true).length,
    warningCount: warnings.length,
    fixableErrorCount: errors.filter((message) => message.fix !== undefined).length,
    fixableWarningCount: warnings.filter((message) => message.fix !== undefined).length,
  };
}

/**
 * The results with recorded findings moved to `suppressedMessages`. Per file and rule, only
 * errors are counted (suppressions record errors only); when there are no more than recorded,
 * every message of that rule in the file is suppressed, and when there are more, none is, so the
 * new one cannot hide among the old. A recorded finding that is gone never fails anything.
 */
export function applySuppressions(results: readonly ESLint.LintResult[], suppressions: Suppressions, cwd: string): ESLint.LintResult[] {
  return results.map((result) => {
    const recorded = suppressions[relativePosixPath(cwd, result.filePath)];
    if (recorded === undefined) return result;
    const errorsByRule = new Map<string, number>();
    for (const message of result.messages) {
      if (message.severity === 2 && message.ruleId !== null) errorsByRule.set(message.ruleId, (errorsByRule.get(message.ruleId) ?? 0) + 1);
    }
    const suppressed = new Set([...errorsByRule].filter(([rule, found]) => found <= (recorded[rule]?.count ?? 0)).map(([rule]) => rule));
    if (suppressed.size === 0) return result;
    const isSuppressed = (message: Linter.LintMessage): boolean => message.ruleId !== null && suppressed.has(message.ruleId);
    const messages = result.messages.filter((message) => !isSuppressed(message));
    const moved = result.messages.filter(isSuppressed).map((message) => ({ ...message, suppressions: [{ kind: 'file', justification: '' }] }));
    return { ...result, ...counts(messages), messages, suppressedMessages: [...result.suppressedMessages, ...moved] };
  });
}

/**
 * One FileFacts per parsed file, however many rules ask: ESLint hands every rule the same
 * SourceCode object for a file, so it is the cache key, and the entry dies with it. Settings
 * are per configuration and so the same for every rule on a file.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { FileFacts } from './file-facts.js';
import type { AiCodeSettings } from './settings.js';
import { sourceFromESLint } from './source.js';

const factsBySourceCode = new WeakMap<object, FileFacts>();

export function getFileFacts(
  sourceCode: Readonly<TSESLint.SourceCode>,
  settings?: Pick<AiCodeSettings, 'markerAliases'>,
): FileFacts {
  let facts = factsBySourceCode.get(sourceCode);
  if (facts === undefined) {
    facts = new FileFacts(sourceFromESLint(sourceCode), { markerAliases: settings?.markerAliases ?? [] });
    factsBySourceCode.set(sourceCode, facts);
  }
  return facts;
}

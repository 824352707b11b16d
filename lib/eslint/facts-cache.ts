/**
 * One FileFacts per parsed file, however many rules ask: ESLint hands every rule the same
 * SourceCode object for a file, so it is the cache key. Settings are per configuration and so
 * the same for every rule on a file.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { FileFacts } from '../core/file-facts.js';
import type { AiCodeSettings } from './settings.js';
import { LastFileCache } from '../util/last-file.js';
import { sourceFromESLint } from '../source/file-source.js';

const factsCache = new LastFileCache<FileFacts>();

export function getFileFacts(
  sourceCode: Readonly<TSESLint.SourceCode>,
  settings?: Pick<AiCodeSettings, 'markerAliases'>,
): FileFacts {
  return factsCache.for(sourceCode, () => new FileFacts(sourceFromESLint(sourceCode), { markerAliases: settings?.markerAliases ?? [] }));
}

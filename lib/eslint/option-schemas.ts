/** Option schemas that several rules share, so that one option reads and validates alike in each. */
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { FILE_ROLES } from '../markers/file-role.js';

/** The density rules' `fileRoles` option, one schema for both. */
export const FILE_ROLES_OPTION: JSONSchema4 = {
  type: 'array',
  items: { type: 'string', enum: [...FILE_ROLES] },
  minItems: 1,
  uniqueItems: true,
  description: 'Kinds of file judged: ordinary source, tests, stories, configuration, declaration, generated or vendored files (see the rule docs).',
};

/** The density rules' `minimumUnnamed` option (lib/core/unnamed.ts), one schema for both. */
export const MINIMUM_UNNAMED_OPTION: JSONSchema4 = {
  type: 'integer',
  minimum: 0,
  description:
    'With `decisions`: logic holding fewer tokens whose meaning is in no name (numbers other than 0 and 1, arithmetic, regular expressions, one- or two-character tags) is not judged; 0 judges every decision alike.',
};

/** `minimumUnexplained` of the density rules: how many values with no stated reason make a finding. */
export const MINIMUM_UNEXPLAINED_OPTION: JSONSchema4 = {
  type: 'integer',
  minimum: 0,
  description:
    'With `decisions`: report logic holding at least this many values that decisions or computations use (numbers, codes compared or sniffed, patterns that test) with no comment saying where they come from, or one such code (an error code other than an HTTP status, compared or sniffed); 0 turns this check off.',
};

/** A comment rule's `ignorePatterns` option: user patterns, compiled by compileUserPatterns; each rule words its own description. */
export function ignorePatternsSchema(description: string): JSONSchema4 {
  return { type: 'array', items: { type: 'string' }, uniqueItems: true, description };
}

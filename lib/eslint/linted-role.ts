/**
 * The role (lib/file-role.ts) of the file a rule lints, from its path relative to ESLint's working
 * directory: a project that lives under a folder named `test` is not all tests.
 */
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import type { TSESLint } from '@typescript-eslint/utils';
import type { FileAnalysis } from './analysis.js';
import { FILE_ROLES, fileRole, pathUnder, type FileRole } from '../markers/file-role.js';
import { contextValue } from './rule-context.js';

const roles = new WeakMap<FileAnalysis, FileRole>();

export function lintedFileRole(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, analysis: FileAnalysis): FileRole {
  let role = roles.get(analysis);
  if (role === undefined) {
    role = fileRole(pathUnder(contextValue(context, 'cwd'), contextValue(context, 'filename')), analysis.source);
    roles.set(analysis, role);
  }
  return role;
}

/** The density rules' `fileRoles` option, one schema for both. */
export const FILE_ROLES_OPTION: JSONSchema4 = {
  type: 'array',
  items: { type: 'string', enum: [...FILE_ROLES] },
  minItems: 1,
  uniqueItems: true,
  description: 'Kinds of file judged: ordinary source, tests, stories, configuration, generated or vendored files (see the rule docs).',
};

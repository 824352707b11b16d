/**
 * The role (lib/markers/file-role.ts) of the file a rule lints, from its path relative to
 * ESLint's working directory: a project that lives under a folder named `test` is not all tests.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import type { FileAnalysis } from './analysis.js';
import { fileRole, mayHaveRoleAmong, pathUnder, type FileRole } from '../markers/file-role.js';
import { contextValue } from './rule-context.js';
import { LastFileCache } from '../util/last-file.js';

// Only the file being linted is ever asked about again.
const roles = new LastFileCache<FileRole>();

export function lintedFileRole(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, analysis: FileAnalysis): FileRole {
  return roles.for(analysis, () => fileRole(pathUnder(contextValue(context, 'cwd'), contextValue(context, 'filename')), analysis.source));
}

/** Whether the file a rule lints may have one of `roles` (`mayHaveRoleAmong`), before its text is read. */
export function mayBeLintedAs(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, roles: readonly FileRole[]): boolean {
  return mayHaveRoleAmong(contextValue(context, 'filename'), roles);
}

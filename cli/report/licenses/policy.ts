/**
 * Which licenses `--licenses` allows: the `allowed` list `require-spdx-header` takes, from the
 * command line, else from the project's ESLint configuration of that rule, else from the
 * `license` of the project's package.json. Without any of them, every valid expression passes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ESLint, Linter } from 'eslint';
import { checkExpression, licensesOf, LicensePolicy } from '../../../lib/spdx/expression.js';
import { PACKAGE_NAME } from '../../../lib/util/package-meta.js';
import { UsageError } from '../../usage-error.js';
import { invalidMessage } from './messages.js';

/** Where the policy came from, for the report to say. */
export type PolicySource = 'command line' | 'ESLint configuration' | 'package.json' | 'none';

export interface ResolvedPolicy {
  readonly policy: LicensePolicy;
  readonly source: PolicySource;
}

/** The `allowed` entries an expression stands for, or a one-line error naming `where`. */
function allowedFrom(expression: string, where: string): string[] {
  if (expression.trim() === '') throw new UsageError(`${where} is empty: give an SPDX license expression`);
  const check = checkExpression(expression);
  if (check.normalized === undefined) throw new UsageError(`${where} '${expression}': ${invalidMessage(expression, check)}`);
  return licensesOf(check.normalized);
}

const RULE_NAME = 'require-spdx-header';

/** The `allowed` list this package's require-spdx-header has in one file's configuration, if it is on with one. */
function configuredAllowed(config: Linter.Config): readonly string[] | undefined {
  for (const [namespace, plugin] of Object.entries(config.plugins ?? {})) {
    // The user names the plugin's namespace; the plugin's own name says it is this package.
    if ((plugin as ESLint.Plugin).meta?.name !== PACKAGE_NAME) continue;
    const entry = config.rules?.[`${namespace}/${RULE_NAME}`];
    if (!Array.isArray(entry) || entry[0] === 0 || entry[0] === 'off') continue;
    const allowed = (entry[1] as { allowed?: unknown } | undefined)?.allowed;
    if (Array.isArray(allowed) && allowed.length > 0) return allowed as string[];
  }
  return undefined;
}

/** The one `allowed` list the configuration gives the files, if any; differing lists are an error. */
async function allowedInConfiguration(eslint: ESLint, files: readonly string[]): Promise<readonly string[] | undefined> {
  const lists = new Map<string, readonly string[]>();
  for (const file of files) {
    const config = (await eslint.calculateConfigForFile(file)) as Linter.Config | undefined;
    const allowed = config === undefined ? undefined : configuredAllowed(config);
    if (allowed !== undefined) lists.set(JSON.stringify(allowed), allowed);
  }
  if (lists.size > 1) {
    throw new UsageError(`the ESLint configuration gives ${RULE_NAME} ${lists.size} different allowed lists (${[...lists.keys()].join(', ')}); pass the one to audit with --allowed`);
  }
  return [...lists.values()][0];
}

function policyOf(allowed: readonly string[], source: PolicySource): ResolvedPolicy {
  try {
    return { policy: new LicensePolicy(allowed), source };
  } catch (error) {
    throw new UsageError(`${source}: ${(error as Error).message.replace(/^Invalid options: /u, '')}`);
  }
}

/** The policy of a `--licenses` run: `flags` (the `--allowed` values), the configuration, then package.json. */
export async function resolvePolicy(cwd: string, flags: readonly string[], eslint: ESLint, files: readonly string[]): Promise<ResolvedPolicy> {
  if (flags.length > 0) return policyOf([...new Set(flags.flatMap((flag) => allowedFrom(flag, '--allowed')))], 'command line');
  const configured = await allowedInConfiguration(eslint, files);
  if (configured !== undefined) return policyOf(configured, 'ESLint configuration');
  const manifest = path.join(cwd, 'package.json');
  if (!fs.existsSync(manifest)) return policyOf([], 'none');
  let license: unknown;
  try {
    ({ license } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { license?: unknown });
  } catch {
    throw new UsageError(`cannot read ${manifest} as JSON; pass the licenses to allow with --allowed`);
  }
  if (license === undefined) return policyOf([], 'none');
  if (typeof license !== 'string') throw new UsageError(`package.json "license" is not a string; pass the licenses to allow with --allowed`);
  return policyOf(allowedFrom(license, 'package.json "license"'), 'package.json');
}

/**
 * The installed dependencies' declared licenses: every package under node_modules (scoped,
 * nested, and pnpm's store in `.pnpm`), read from its package.json and checked as a header's
 * expression is. Deprecated ids are valid SPDX here: a dependency's manifest is not ours to fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkExpression, type LicensePolicy } from '../../../lib/spdx/expression.js';
import { invalidMessage, ruleMessage } from './messages.js';
import { relativePosixPath } from '../../relative-path.js';

export type DependencyProblem = 'missing' | 'invalid' | 'not allowed' | 'unreadable';

export interface DependencyFinding {
  readonly name: string;
  readonly version: string;
  /** The first place it is installed, relative to the project, `/`-separated. */
  readonly path: string;
  /** The license as the manifest declares it; undefined when it declares none. */
  readonly license: string | undefined;
  readonly problem: DependencyProblem;
  readonly message: string;
}

export interface DependencyAudit {
  /** Distinct packages (name and version) found. */
  readonly checked: number;
  readonly findings: readonly DependencyFinding[];
}

interface Installed {
  readonly dir: string;
  readonly manifest: Record<string, unknown> | undefined;
}

/** The package folders under one node_modules folder: scoped ones, and pnpm's store, opened up. */
function packagesIn(modules: string, found: Installed[], seen: Set<string>): void {
  let names: string[];
  try {
    names = fs.readdirSync(modules).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const entry = path.join(modules, name);
    if (name === '.pnpm') {
      for (const stored of safeList(entry)) packagesIn(path.join(entry, stored, 'node_modules'), found, seen);
    } else if (name.startsWith('@')) {
      for (const scoped of safeList(entry)) visitPackage(path.join(entry, scoped), found, seen);
    } else if (!name.startsWith('.')) {
      visitPackage(entry, found, seen);
    }
  }
}

function safeList(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/**
 * One package folder and the packages nested in it. Folders are visited once by their real path
 * (links make cycles); a link out of node_modules is a workspace package, the project's own code.
 */
function visitPackage(dir: string, found: Installed[], seen: Set<string>): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    return;
  }
  if (seen.has(real) || !real.split(path.sep).includes('node_modules')) return;
  seen.add(real);
  const file = path.join(dir, 'package.json');
  if (!fs.existsSync(file)) return;
  let manifest: Record<string, unknown> | undefined;
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    manifest = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    manifest = undefined;
  }
  found.push({ dir, manifest });
  packagesIn(path.join(dir, 'node_modules'), found, seen);
}

const typeOf = (value: unknown): string | undefined => (typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' ? (value as { type: string }).type : undefined);

/**
 * The license a manifest declares: `license` as npm documents it, or the older forms npm still
 * reads (`license: { type }`, `licenses: [{ type }, …]`, which offers a choice among them).
 */
export function declaredLicense(manifest: Record<string, unknown>): string | undefined {
  const { license, licenses } = manifest;
  if (typeof license === 'string') return license;
  const typed = typeOf(license);
  if (typed !== undefined) return typed;
  if (!Array.isArray(licenses)) return undefined;
  const types = licenses.map(typeOf).filter((type) => type !== undefined);
  if (types.length === 0) return undefined;
  return types.length === 1 ? types[0] : `(${types.join(' OR ')})`;
}

/** What is wrong with a declared license under `policy`, or undefined when nothing is. */
function judge(license: string | undefined, policy: LicensePolicy): { problem: DependencyProblem; message: string } | undefined {
  if (license === undefined || license.trim() === '') return { problem: 'missing', message: 'The package.json declares no license.' };
  const check = checkExpression(license.trim());
  if (check.normalized === undefined) return { problem: 'invalid', message: invalidMessage(license, check) };
  if (policy.allows(check.normalized)) return undefined;
  return { problem: 'not allowed', message: ruleMessage('notAllowed', { text: license, allowed: policy.allowed.map((id) => `'${id}'`).join(', ') }) };
}

/** The dependencies installed under `root`'s node_modules whose declared license is missing, invalid or not allowed. */
export function auditDependencies(root: string, policy: LicensePolicy): DependencyAudit {
  const installed: Installed[] = [];
  packagesIn(path.join(root, 'node_modules'), installed, new Set());
  const findings: DependencyFinding[] = [];
  const distinct = new Set<string>();
  for (const { dir, manifest } of installed) {
    const where = relativePosixPath(root, dir);
    if (manifest === undefined) {
      findings.push({ name: where, version: '', path: where, license: undefined, problem: 'unreadable', message: 'Its package.json is not a JSON object.' });
      continue;
    }
    const name = typeof manifest.name === 'string' ? manifest.name : where;
    const version = typeof manifest.version === 'string' ? manifest.version : '';
    const key = `${name}@${version}`;
    if (distinct.has(key)) continue;
    distinct.add(key);
    const license = declaredLicense(manifest);
    const verdict = judge(license, policy);
    if (verdict !== undefined) findings.push({ name, version, path: where, license, ...verdict });
  }
  findings.sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  return { checked: distinct.size + findings.filter((finding) => finding.problem === 'unreadable').length, findings };
}

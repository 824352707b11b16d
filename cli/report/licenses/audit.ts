/**
 * `ai-code report --licenses`: the licence half of the weekly audit. The project's files
 * (require-spdx-header's findings under the policy, AI-marked code without attribution) and the
 * installed dependencies (declared licenses missing, invalid or not allowed), under one policy.
 */
import { openProject } from '../counting.js';
import type { ReportIO } from '../io.js';
import { auditDependencies, type DependencyAudit } from './dependencies.js';
import { auditFiles, type FileAudit } from './files.js';
import { resolvePolicy, type PolicySource } from './policy.js';

export const LICENSE_AUDIT_VERSION = 1;

export interface LicenseAudit {
  readonly version: number;
  readonly policy: { readonly allowed: readonly string[]; readonly source: PolicySource };
  readonly files: FileAudit;
  readonly dependencies: DependencyAudit;
}

/** Whether the audit found anything: what `--fail-on-mismatch` fails on. */
export const hasMismatch = (audit: LicenseAudit): boolean => audit.files.findings.length > 0 || audit.dependencies.findings.length > 0;

/** Audits `files` (absolute, from the report's walk) and the dependencies installed under `cwd`. */
export async function auditLicenses(files: readonly string[], allowedFlags: readonly string[], io: ReportIO): Promise<LicenseAudit> {
  const project = await openProject(io.cwd, io);
  const { policy, source } = await resolvePolicy(io.cwd, allowedFlags, project.eslint, files);
  const fileAudit = await auditFiles(project, files, policy, io.cwd);
  for (const line of fileAudit.skipped) io.stderr(`${line}\n`);
  return {
    version: LICENSE_AUDIT_VERSION,
    policy: { allowed: policy.allowed, source },
    files: fileAudit,
    dependencies: auditDependencies(io.cwd, policy),
  };
}

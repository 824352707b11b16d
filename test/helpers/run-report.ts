/** `ai-code report` through its entry point, with what it prints captured. */
import { runReport } from '../../cli/report/index.js';

export interface ReportRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the report in `cwd` and captures what it prints. */
export async function report(cwd: string, ...argv: string[]): Promise<ReportRun> {
  let stdout = '';
  let stderr = '';
  const code = await runReport(argv, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), stdoutIsTTY: false, stderrIsTTY: false });
  return { code, stdout, stderr };
}

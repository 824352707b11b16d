/** Where the report writes: the bin passes the process's streams, tests their own. */
export interface ReportIO {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stdout and stderr are terminals: colour and progress only then. */
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
}

/** A command line that cannot run: the command prints it with a pointer to --help and exits 2. */
export class UsageError extends Error {}

/**
 * Node's parseArgs error as a usage error, without the advice about `--` it appends to an unknown
 * option: no command here takes positional arguments that start with a dash.
 */
export function parseArgsUsageError(error: unknown): UsageError {
  return new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/su, ''));
}

/** A command line that cannot run: the command prints it with a pointer to --help and exits 2. */
export class UsageError extends Error {}

/**
 * Git as the report runs it: one process per question, arguments as an array (never a shell
 * string, so a path or ref cannot inject anything), output as text, and a failure turned into
 * one readable line. `ObjectReader` keeps one `git cat-file --batch` process for the many
 * objects a history or a commit lookup reads.
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** A git command that failed: its first line of stderr, or how it ended. */
export class GitError extends Error {}

// Blame of a long file and `ls-tree -r` of a large tree run to many megabytes.
const MAX_OUTPUT = 1 << 30;

/** Runs `git args…` in `cwd` and resolves to its stdout. */
export function git(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: MAX_OUTPUT }, (error, stdout, stderr) => {
      if (error === null) resolve(stdout);
      else reject(new GitError(`git ${args[args[0] === '-c' ? 2 : 0]}: ${stderr.trim().split('\n')[0] || error.message.split('\n')[0]}`));
    });
  });
}

/** Like `git`, but resolves to undefined where git fails (a ref that does not exist, no repository). */
export async function gitOrUndefined(cwd: string, args: readonly string[]): Promise<string | undefined> {
  try {
    return await git(cwd, args);
  } catch (error) {
    if (error instanceof GitError) return undefined;
    throw error;
  }
}

/** One object read by `ObjectReader`: its type and its content, or undefined when it is missing. */
export interface GitObject {
  readonly type: string;
  readonly content: Buffer;
}

interface Pending {
  readonly resolve: (object: GitObject | undefined) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Reads objects through one `git cat-file --batch`: requests are written in order and answers
 * come back in the same order, so each answer settles the oldest pending request.
 */
export class ObjectReader {
  private readonly process: ChildProcessWithoutNullStreams;
  private readonly pending: Pending[] = [];
  private buffered: Buffer = Buffer.alloc(0);
  // Chunks not yet joined: a large blob arrives in many, and joining each would be quadratic.
  private chunks: Buffer[] = [];
  private chunkBytes = 0;
  // Bytes the answer being read needs; below it, chunks wait unjoined.
  private needed = 0;
  private failure: Error | undefined;

  constructor(cwd: string) {
    this.process = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    this.process.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    this.process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    const fail = (error: Error): void => {
      this.failure = error;
      for (const request of this.pending.splice(0)) request.reject(error);
    };
    this.process.on('error', (error) => fail(new GitError(`git cat-file: ${error.message}`)));
    this.process.on('close', (code) => {
      if (this.pending.length > 0) fail(new GitError(`git cat-file: ${stderr.trim().split('\n')[0] || `exited with ${code}`}`));
    });
  }

  /** The object named `name` (an id, or `rev:path`), or undefined when git has none. */
  read(name: string): Promise<GitObject | undefined> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    // A newline would end the request early and desynchronise every later answer.
    if (name.includes('\n')) return Promise.resolve(undefined);
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.process.stdin.write(`${name}\n`);
    });
  }

  private receive(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.chunkBytes += chunk.length;
    if (this.buffered.length + this.chunkBytes < this.needed) return;
    this.buffered = Buffer.concat([this.buffered, ...this.chunks]);
    this.chunks = [];
    this.chunkBytes = 0;
    this.settleAnswers();
  }

  /** Settles every request whose whole answer has arrived: `<id> <type> <size>\n<content>\n`, or `<name> missing\n`. */
  private settleAnswers(): void {
    for (;;) {
      const headerEnd = this.buffered.indexOf(10);
      if (headerEnd < 0) return;
      const header = this.buffered.toString('utf8', 0, headerEnd).split(' ');
      // `<name> missing`: git has no such object, and says so in two words.
      if (header.length < 3) {
        this.buffered = this.buffered.subarray(headerEnd + 1);
        this.pending.shift()?.resolve(undefined);
        continue;
      }
      // The content is `size` bytes and a newline; until all have come, wait for more chunks.
      const size = Number(header[2]);
      const end = headerEnd + 1 + size;
      this.needed = end + 1;
      if (this.buffered.length < this.needed) return;
      this.needed = 0;
      const content = Buffer.from(this.buffered.subarray(headerEnd + 1, end));
      this.buffered = this.buffered.subarray(end + 1);
      this.pending.shift()?.resolve({ type: header[1]!, content });
    }
  }

  /** Ends the process; pending requests are answered first. */
  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.process.exitCode !== null) resolve();
      else {
        this.process.once('close', () => resolve());
        this.process.stdin.end();
      }
    });
  }
}

/** The blobs of a commit's tree, by path relative to the repository root (`git ls-tree -r`); empty when `revision` does not resolve. */
export async function listTree(root: string, revision: string): Promise<Map<string, string>> {
  const listing = await gitOrUndefined(root, ['ls-tree', '-r', '-z', '--full-tree', revision]);
  const blobs = new Map<string, string>();
  for (const entry of listing?.split('\0') ?? []) {
    // `<mode> <type> <id>\t<path>`: submodules are commits and symbolic links have mode 120000.
    const tab = entry.indexOf('\t');
    const [mode, type, id] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && mode !== '120000' && id !== undefined) blobs.set(entry.slice(tab + 1), id);
  }
  return blobs;
}

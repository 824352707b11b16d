/**
 * A minimal Language Server Protocol client for end-to-end tests: JSON-RPC 2.0 over a child
 * process's stdio with `Content-Length` framing. It does what an editor does for the ESLint
 * server (requests, notifications, answering the server's own requests) and nothing more, so
 * a test can drive a real server and see exactly what an editor would receive.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** A request or notification the server sent to the client. */
export interface ServerMessage {
  readonly method: string;
  readonly params: unknown;
}

interface Pending {
  readonly method: string;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

interface JsonRpcMessage {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

type RequestHandler = (params: unknown) => unknown;

const HEADER_END = '\r\n\r\n';

export class LspClient {
  /** Every notification the server sent, in order (logs, status, pushed diagnostics). */
  readonly notifications: ServerMessage[] = [];
  /** Every request the server sent, in order, including those answered by default. */
  readonly serverRequests: ServerMessage[] = [];
  /** What the server wrote to stderr: shown when a test fails to start the server. */
  stderr = '';

  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private readonly handlers = new Map<string, RequestHandler>();
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly exited: Promise<number | null>;

  constructor(command: string, args: string[], cwd: string, private readonly timeoutMs = 15_000) {
    this.child = spawn(command, args, { cwd, stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    // A server that dies must fail the waiting requests at once rather than at their timeout.
    void this.exited.then((code) => {
      for (const [id, pending] of this.pending) {
        clearTimeout(pending.timer);
        pending.reject(new Error(`Server exited (code ${code}) before answering ${pending.method}. stderr: ${this.stderr}`));
        this.pending.delete(id);
      }
    });
  }

  /** Answers the server's requests of `method` (such as `workspace/configuration`) with `handler`. */
  onRequest(method: string, handler: RequestHandler): void {
    this.handlers.set(method, handler);
  }

  /** Sends a request and resolves with its result; rejects on an error reply or after the timeout. */
  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`No answer to ${method} within ${this.timeoutMs} ms. stderr: ${this.stderr}`));
      }, this.timeoutMs);
      this.pending.set(id, { method, resolve: resolve as (result: unknown) => void, reject, timer });
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /**
   * The protocol's orderly end: `shutdown`, then `exit`. Resolves with the exit code; a server
   * that does not exit in time is killed, and the code is then null, which tests reject.
   */
  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    await this.request('shutdown', null);
    this.notify('exit', null);
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(resolve, this.timeoutMs, 'timeout').unref());
    const outcome = await Promise.race([this.exited, timeout]);
    if (outcome === 'timeout') {
      this.kill();
      return null;
    }
    return outcome;
  }

  /** Last resort for a test that failed half-way: never leave a server process behind. */
  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  private send(message: JsonRpcMessage): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    // The length counts bytes, not characters: messages may carry non-ASCII source text.
    this.child.stdin.write(`Content-Length: ${body.length}${HEADER_END}`);
    this.child.stdin.write(body);
  }

  // Frames may arrive split or several in one chunk: consume whole frames, keep the rest.
  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd === -1) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = /Content-Length: (\d+)/iu.exec(header);
      if (length === null) throw new Error(`LSP frame without Content-Length: ${header}`);
      const start = headerEnd + HEADER_END.length;
      const end = start + Number(length[1]);
      if (this.buffer.length < end) return;
      const message = JSON.parse(this.buffer.subarray(start, end).toString('utf8')) as JsonRpcMessage;
      this.buffer = this.buffer.subarray(end);
      this.dispatch(message);
    }
  }

  private dispatch(message: JsonRpcMessage): void {
    if (message.method === undefined) {
      this.settle(message);
    } else if (message.id === undefined) {
      this.notifications.push({ method: message.method, params: message.params });
    } else {
      this.serverRequests.push({ method: message.method, params: message.params });
      // Requests no handler claims (progress tokens, registrations) get the neutral answer null.
      const handler = this.handlers.get(message.method);
      this.send({ id: message.id, result: handler === undefined ? null : handler(message.params) });
    }
  }

  private settle(message: JsonRpcMessage): void {
    const pending = this.pending.get(message.id as number);
    if (pending === undefined) return;
    this.pending.delete(message.id as number);
    clearTimeout(pending.timer);
    if (message.error === undefined) pending.resolve(message.result);
    else pending.reject(new Error(`${pending.method} failed: ${message.error.message} (${message.error.code})`));
  }
}

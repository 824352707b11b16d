/**
 * Worker threads for the report's fast path (AI_CODE_REPORT_WORKERS). They start counting every file with the
 * likely options (the presets' parsers, default settings) before the project's configuration
 * has loaded, since loading a configuration that imports TypeScript takes longer than reading a
 * small repository; the main thread then keeps each speculative count whose file the
 * configuration reads the same way, and recounts the others.
 *
 * Work is shared through one atomic counter of batches: the main thread is busy loading the
 * configuration and cannot hand out work, so every thread, the main one too once it is free,
 * claims the next batch itself.
 */
import { Worker } from 'node:worker_threads';
import type { ScanOptions } from '../../lib/scanner.js';
import type { FastCount } from './fast-path.js';

export interface ScanJob {
  readonly file: string;
  readonly options: ScanOptions;
}

/** What the main thread sends each worker once. */
export interface ScanWork {
  readonly jobs: readonly ScanJob[];
  /** One Int32: the index of the next batch to claim. */
  readonly nextBatch: SharedArrayBuffer;
}

/** What a worker posts per batch. */
export interface ScanReply {
  readonly batch: number;
  readonly counts: FastCount[];
}

// Files per batch: enough to make a message's cost small, few enough for the threads to share the tail.
export const BATCH = 32;

/** Claims batches from `nextBatch` until none is left, counting each with `count`. */
export function claimBatches(work: ScanWork, count: (job: ScanJob) => FastCount, done: (reply: ScanReply) => void): void {
  const next = new Int32Array(work.nextBatch);
  for (let batch = Atomics.add(next, 0, 1); batch * BATCH < work.jobs.length; batch = Atomics.add(next, 0, 1)) {
    done({ batch, counts: work.jobs.slice(batch * BATCH, (batch + 1) * BATCH).map(count) });
  }
}

/** Counts jobs on `size` workers and, through `helpWith`, on the calling thread. */
export class ScanPool {
  private readonly work: ScanWork;
  private readonly results: ((counts: FastCount[] | undefined) => void)[] = [];
  private readonly batches: Promise<FastCount[] | undefined>[] = [];
  private readonly workers: Worker[];

  constructor(size: number, jobs: readonly ScanJob[]) {
    this.work = { jobs, nextBatch: new SharedArrayBuffer(4) };
    for (let start = 0; start < jobs.length; start += BATCH) {
      this.batches.push(new Promise((resolve) => this.results.push(resolve)));
    }
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL('scan-worker.js', import.meta.url), { workerData: this.work });
      worker.on('message', ({ batch, counts }: ScanReply) => this.results[batch]!(counts));
      // A worker that dies leaves its batch unsettled: settle every batch as "count it yourself"
      // (a batch settled already keeps its counts).
      worker.on('error', () => this.results.forEach((resolve) => resolve(undefined)));
      return worker;
    });
  }

  /** The count of job `index`, or undefined if its worker failed. */
  async count(index: number): Promise<FastCount | undefined> {
    return (await this.batches[Math.floor(index / BATCH)])?.[index % BATCH];
  }

  /** Counts batches no worker has claimed yet on the calling thread. */
  helpWith(count: (job: ScanJob) => FastCount): void {
    claimBatches(this.work, count, ({ batch, counts }) => this.results[batch]!(counts));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/**
 * Worker threads for the report's fast path. The report starts counting every file with the
 * likely options (the presets' parsers, default settings) before the project's configuration
 * has loaded, since loading a configuration that imports TypeScript takes longer than reading a
 * small repository; the main thread then keeps each speculative count whose file the
 * configuration reads the same way, and recounts the others.
 */
import { Worker } from 'node:worker_threads';
import type { ScanOptions } from '../../lib/scanner.js';
import type { FastCount } from './fast-path.js';

export interface ScanJob {
  readonly file: string;
  readonly options: ScanOptions;
}

export interface ScanReply {
  readonly counts: FastCount[];
}

// Files per message: enough to make a message's cost small, few enough for the workers to share the tail.
const BATCH = 32;

interface Batch {
  readonly jobs: ScanJob[];
  readonly settle: (counts: FastCount[] | Error) => void;
}

/** Counts jobs on `size` workers, each taking the next batch when it finishes one. */
export class ScanPool {
  private readonly queue: Batch[] = [];
  private readonly inFlight = new Map<Worker, Batch>();
  private readonly workers: Worker[];

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => this.startWorker());
  }

  private startWorker(): Worker {
    const worker = new Worker(new URL('scan-worker.js', import.meta.url));
    worker.on('message', ({ counts }: ScanReply) => {
      this.inFlight.get(worker)?.settle(counts);
      this.inFlight.delete(worker);
      this.feed(worker);
    });
    // A worker that dies fails its batch; the caller counts those files itself.
    worker.on('error', (error) => {
      this.inFlight.get(worker)?.settle(error);
      this.inFlight.delete(worker);
    });
    return worker;
  }

  private feed(worker: Worker): void {
    const batch = this.queue.shift();
    if (batch === undefined) return;
    this.inFlight.set(worker, batch);
    worker.postMessage(batch.jobs);
  }

  /** One promise per job, in order; it resolves to undefined if its worker failed. */
  count(jobs: readonly ScanJob[]): Promise<FastCount | undefined>[] {
    const promises: Promise<FastCount | undefined>[] = [];
    for (let start = 0; start < jobs.length; start += BATCH) {
      const batchJobs = jobs.slice(start, start + BATCH);
      const settled = new Promise<FastCount[]>((resolve, reject) => {
        this.queue.push({ jobs: batchJobs, settle: (counts) => (counts instanceof Error ? reject(counts) : resolve(counts)) });
      });
      batchJobs.forEach((_, index) => promises.push(settled.then((counts) => counts[index], () => undefined)));
    }
    for (const worker of this.workers) if (!this.inFlight.has(worker)) this.feed(worker);
    return promises;
  }

  /**
   * Counts queued batches on the calling thread too, from the back of the queue while the
   * workers take from the front, yielding between batches so that replies keep feeding them.
   */
  async helpWith(count: (job: ScanJob) => FastCount): Promise<void> {
    for (let batch = this.queue.pop(); batch !== undefined; batch = this.queue.pop()) {
      batch.settle(batch.jobs.map(count));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

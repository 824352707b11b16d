/**
 * A worker thread of the report's fast path: it counts batches of files with the settings'
 * defaults, while the main thread is still loading the project's ESLint configuration, and
 * posts each batch's counts back in order.
 */
import { parentPort } from 'node:worker_threads';
import { readSettings } from '../../lib/settings.js';
import { countFile } from './fast-path.js';
import type { ScanJob, ScanReply } from './scan-pool.js';

const DEFAULT_SETTINGS = readSettings(undefined);

parentPort!.on('message', (jobs: ScanJob[]) => {
  const reply: ScanReply = { counts: jobs.map(({ file, options }) => countFile(file, options, DEFAULT_SETTINGS)) };
  parentPort!.postMessage(reply);
});

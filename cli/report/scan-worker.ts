/**
 * A worker thread of the report's fast path: it claims batches of files and counts them with
 * the settings' defaults, while the main thread is still loading the project's ESLint
 * configuration, and posts each batch's counts back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readSettings } from '../../lib/settings.js';
import { countFile } from './fast-path.js';
import { claimBatches, type ScanWork } from './scan-pool.js';

const DEFAULT_SETTINGS = readSettings(undefined);

claimBatches(
  workerData as ScanWork,
  ({ file, options }) => countFile(file, options, DEFAULT_SETTINGS),
  (reply) => parentPort!.postMessage(reply),
);

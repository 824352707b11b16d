// The real-code sample of the leftovers benchmark: files drawn at random, with a fixed seed,
// from the five assistant-written repositories in ../shared/corpus/real-ai/, the same number
// from each. The hand reading (real-reading.tsv) and the scorer (real-score.js) both use it.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../corpus.js';

export const REAL_AI_DIR = path.resolve(projectRoot, '..', 'shared', 'corpus', 'real-ai');
const SEED = 23;
// Files drawn per repository in each round: a later round extends the sample without
// changing what earlier rounds drew, so the reading done for them stays valid.
const ROUNDS = [6, 4];

const SOURCE = /\.(?:[cm]?[jt]sx?)$/u;
// Tests, fixtures, declaration files and build configuration are not where a reviewer reads
// an assistant's leftovers first; the issue asks for source files.
const NOT_SOURCE = /(?:^|\/)(?:tests?|__tests__|__mocks__|e2e|evals?|fixtures?|node_modules)\/|\.(?:test|spec)\.|\.d\.[cm]?ts$|(?:^|\/)[^/]*\.config\.[cm]?[jt]s$/u;

/**
 * mulberry32: a small seeded generator, so the draw is the same on every machine.
 * @param {number} seed
 */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The repositories' directory names, sorted. */
const repositories = () =>
  fs
    .readdirSync(REAL_AI_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

/**
 * Every JavaScript and TypeScript file of the five repositories, tests included, as
 * `{ repo, file }`: what the precision of our findings is measured on.
 * @returns {{ repo: string, file: string }[]}
 */
export function corpusFiles() {
  return repositories().flatMap((repo) =>
    fs
      .readdirSync(path.join(REAL_AI_DIR, repo), { recursive: true, encoding: 'utf8' })
      .filter((name) => SOURCE.test(name) && !name.split(path.sep).includes('node_modules'))
      .sort()
      .map((file) => ({ repo, file })),
  );
}

/**
 * The sample as `{ repo, file }` (file relative to its repository), in draw order: round by
 * round, repositories in name order.
 * @returns {{ repo: string, file: string }[]}
 */
export function sampleFiles() {
  const next = random(SEED);
  const pools = repositories().map((repo) => ({
    repo,
    files: fs
      .readdirSync(path.join(REAL_AI_DIR, repo), { recursive: true, encoding: 'utf8' })
      .filter((name) => SOURCE.test(name) && !NOT_SOURCE.test(name))
      .sort(),
    drawn: 0,
  }));
  /** @type {{ repo: string, file: string }[]} */
  const sample = [];
  for (const count of ROUNDS) {
    for (const pool of pools) {
      // Fisher–Yates, continued from where the previous round stopped.
      const stop = Math.min(pool.drawn + count, pool.files.length);
      for (let at = pool.drawn; at < stop; at++) {
        const pick = at + Math.floor(next() * (pool.files.length - at));
        const drawn = /** @type {string} */ (pool.files[pick]);
        pool.files[pick] = /** @type {string} */ (pool.files[at]);
        pool.files[at] = drawn;
        sample.push({ repo: pool.repo, file: drawn });
      }
      pool.drawn = stop;
    }
  }
  return sample;
}

/**
 * The corpus measurement: every setup over the whole corpus, in interleaved rounds.
 *
 * @typedef {import('./setups.js').Setup} Setup
 * @typedef {import('./inputs.js').Input} Input
 * @typedef {import('./lint.js').Measurement} Measurement
 * Per-round sums for one setup: parse time, its rules' time together, and (for the bare
 * setup only) the FileFacts analysis time; and per file, the least parse and rule time of
 * any round.
 * @typedef {{ setup: Setup, parse: number[], total: number[], facts: number[], leastParse: number[], leastRules: number[] }} SetupRounds
 * @typedef {{ rounds: SetupRounds[], factsRun: Measurement | undefined, fatal: string[] }} CorpusResult
 */
import { configsBySetup, lintAll } from './lint.js';
import { sum } from './stats.js';

/** The warm-up round lints every n-th file: enough for V8 to compile the hot code. */
export const WARM_UP_STRIDE = 4;

/**
 * Keeps, per file, the least time any round took.
 * @param {number[]} least
 * @param {number[]} times
 */
function keepLeast(least, times) {
  times.forEach((ms, index) => {
    least[index] = Math.min(least[index] ?? Number.POSITIVE_INFINITY, ms);
  });
}

/**
 * One uncounted warm-up round on part of the corpus, then `rounds` measured ones. Each
 * round runs every setup, starting one setup later than the round before, so slow phases
 * of a noisy machine (a neighbour's build, thermal throttling) spread over all setups
 * instead of hitting one.
 * @param {Setup[]} list
 * @param {Input[]} inputs
 * @param {number} rounds
 * @returns {CorpusResult}
 */
export function measureCorpus(list, inputs, rounds) {
  const warmUpInputs = inputs.filter((_, index) => index % WARM_UP_STRIDE === 0);
  const configs = configsBySetup(list, [...new Set(inputs.map((input) => input.languageOptions))]);
  /** @type {Map<Setup, SetupRounds>} */
  const bySetup = new Map(list.map((setup) => [setup, { setup, parse: [], total: [], facts: [], leastParse: [], leastRules: [] }]));
  /** @type {Measurement | undefined} */
  let factsRun;
  /** @type {Set<string>} */
  const fatal = new Set();
  for (let round = 0; round <= rounds; round++) {
    for (let step = 0; step < list.length; step++) {
      const setup = /** @type {Setup} */ (list[(round + step) % list.length]);
      // The analysis is timed on the bare-parse setup, where no rule has built it already.
      const isBare = setup.kind === 'bare';
      const measured = lintAll(setup, round === 0 ? warmUpInputs : inputs, configs.get(setup) ?? new Map(), isBare);
      for (const filename of measured.fatal) fatal.add(filename);
      if (round === 0) continue; // warm-up: let V8 compile the parser and the rules
      const entry = /** @type {SetupRounds} */ (bySetup.get(setup));
      entry.parse.push(measured.parse);
      keepLeast(entry.leastParse, measured.parses);
      keepLeast(entry.leastRules, measured.ruleTimes);
      if (isBare) {
        factsRun = measured;
        entry.facts.push(sum(measured.facts));
      }
      entry.total.push(sum([...measured.rules.values()]));
    }
    process.stderr.write(round === 0 ? 'warm-up done\n' : `round ${round}/${rounds} done\n`);
  }
  return { rounds: [...bySetup.values()], factsRun, fatal: [...fatal] };
}

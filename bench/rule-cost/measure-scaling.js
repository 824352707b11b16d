/**
 * The scaling check: each rule alone on the synthetic file at three sizes, to show that its
 * time grows linearly with the input.
 *
 * @typedef {import('./setups.js').Setup} Setup
 * @typedef {import('./setups.js').LanguageOptions} LanguageOptions
 * @typedef {{ scale: number, lines: number, parse: number, rules: Map<string, number> }} ScalePoint
 */
import { configsBySetup, lintAll } from './lint.js';
import { quantile } from './stats.js';
import { syntheticSource } from './synthetic-source.js';

/**
 * Each scale and how often a round lints it: every lint is one sample for the lower quartile.
 * The larger files get fewer lints, since each of them lasts long enough to keep the check slow.
 */
export const SCALES = [
  { scale: 1, repeats: 20 },
  { scale: 10, repeats: 4 },
  { scale: 100, repeats: 4 },
];
/** Chunks in the 1× file; with the wrapper this is a few hundred lines, a typical module. */
const BASE_CHUNKS = 4;
/**
 * Rounds per scale. None is a warm-up: the corpus has warmed the JIT, and since the figure
 * is a low quantile, a lint that still ran colder only drops out.
 */
export const SCALING_ROUNDS = 3;
/**
 * The lower quartile of each file's lint times: pauses (a collection, another process) only
 * add time, and unlike the minimum a quartile does not fall with the number of lints, which
 * differs between scales. The notes the report prints beside the table give the evidence.
 */
const SCALING_QUANTILE = 0.25;

/**
 * Lints the synthetic file at each scale with each rule alone, interleaved like the corpus
 * rounds, and keeps the lower quartile of the times of all lints of that file with that rule.
 * No collection is forced between lints: the shrunk heap would be grown again inside the
 * next big lint and charged to the rules, while a grown heap is the steady state of a real run.
 * @param {Setup[]} ruleSetups
 * @returns {ScalePoint[]}
 */
export function measureScaling(ruleSetups) {
  const languageOptions = /** @type {LanguageOptions} */ ({ sourceType: 'module', ecmaVersion: 'latest' });
  const configs = configsBySetup(ruleSetups, [languageOptions]);
  const points = SCALES.map(({ scale, repeats }) => {
    const text = syntheticSource(BASE_CHUNKS * scale);
    const inputs = Array.from({ length: repeats }, () => ({ filename: `synthetic/x${scale}.js`, text, languageOptions }));
    return { scale, lines: text.split('\n').length - 1, inputs, parse: /** @type {number[]} */ ([]), rules: /** @type {Map<string, number[]>} */ (new Map()) };
  });
  for (let round = 0; round < SCALING_ROUNDS; round++) {
    for (let step = 0; step < ruleSetups.length * points.length; step++) {
      const setup = /** @type {Setup} */ (ruleSetups[(round + step) % ruleSetups.length]);
      const point = /** @type {(typeof points)[number]} */ (points[(round + Math.floor(step / ruleSetups.length)) % points.length]);
      const measured = lintAll(setup, point.inputs, configs.get(setup) ?? new Map());
      if (measured.fatal.length > 0) throw new Error('The synthetic source does not parse; fix syntheticChunk().');
      point.parse.push(...measured.parses);
      // Each setup here is a single rule, so its rules' time per lint is that rule's.
      const id = setup.ruleIds[0] ?? '';
      point.rules.set(id, [...(point.rules.get(id) ?? []), ...measured.ruleTimes]);
    }
  }
  return points.map((point) => ({
    scale: point.scale,
    lines: point.lines,
    parse: quantile(point.parse, SCALING_QUANTILE),
    rules: new Map([...point.rules].map(([id, values]) => [id, quantile(values, SCALING_QUANTILE)])),
  }));
}

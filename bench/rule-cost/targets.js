/**
 * What the rules may cost (the decided budget), in one place so that the measurements and
 * the report's wording cannot disagree.
 */

/** Each rule alone may cost at most this share of ESLint's parse time. */
export const RULE_SHARE_TARGET = 0.025;

/** The presets with a budget, by name, as shares of ESLint's parse time. */
export const PRESET_SHARE_TARGETS = new Map([
  ['recommended', 0.05],
  ['all', 0.065],
]);

/**
 * The linear budget: per MiB of input, a big file may cost the `all` preset at most this
 * many times what the corpus costs it per MiB. Content moves the figure (minified code has
 * no comments to classify), so the budget has slack; a cost that grows faster than the
 * input would still exceed it by far on files much larger than the corpus's average.
 */
export const LINEAR_BUDGET = 2;

/** Growing the input tenfold may grow a rule's time at most this much (linear, with slack). */
export const SCALING_TARGET = 11;

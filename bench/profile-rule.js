/**
 * Profiling aid: lints the rule-cost corpus with one setup (a rule or a preset, by the name
 * bench/rule-cost.js prints) a few times, and prints the share of parse time as ESLint's stats
 * count it. Run under `node --cpu-prof` to see where a rule's time goes.
 *
 * Usage: node bench/profile-rule.js "ai-code/comment-ratio alone" [--rounds N]
 */
import { readCorpus } from './rule-cost/inputs.js';
import { configsBySetup, lintAll } from './rule-cost/lint.js';
import { setups } from './rule-cost/setups.js';

const [name, flag, value] = process.argv.slice(2);
const rounds = flag === '--rounds' ? Number(value) : 3;
const list = setups();
const chosen = list.find((setup) => setup.name === name);
const bare = list[0];
if (chosen === undefined || bare === undefined) {
  console.error(`Unknown setup "${name}"; one of: ${list.map((setup) => setup.name).join(', ')}`);
  process.exit(2);
}
const inputs = readCorpus(1);
const languageOptions = [...new Set(inputs.map((input) => input.languageOptions))];
const configs = configsBySetup([bare, chosen], languageOptions);
for (let round = 0; round < rounds; round++) {
  const base = lintAll(bare, inputs, configs.get(bare) ?? new Map());
  const measured = lintAll(chosen, inputs, configs.get(chosen) ?? new Map());
  const ruleTime = [...measured.rules.values()].reduce((sum, ms) => sum + ms, 0);
  console.log(`round ${round + 1}: parse ${measured.parse.toFixed(0)} ms (bare ${base.parse.toFixed(0)}), rules ${ruleTime.toFixed(1)} ms = ${((100 * ruleTime) / measured.parse).toFixed(2)}%`);
}

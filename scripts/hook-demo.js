// `npm run example:hook`: the hook path on a fresh clone, in a throwaway project. Packs the
// built plugin, installs it, runs `ai-code init --yes`, then shows a commit the hook refuses
// and one it lets through. Exits non-zero if the hook does not behave so.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aiCodeInit, commit, installFixture, newRepository, run } from '../test/helpers/hook-fixture.js';

// The kind of file an assistant leaves: a generated region that is never closed.
const REFUSED = ['// @ai' + '-generated-begin tool=copilot', '/** Allows `limit` calls per window. */', 'export const limiter = (limit) => ({ limit });', ''].join('\n');
const ACCEPTED = '/** Adds two prices, in cents so that rounding never drifts. */\nexport const add = (a, b) => a + b;\n';

/**
 * Prints a command as typed and its output, indented.
 * @param {string} command
 * @param {string} output
 */
function show(command, output) {
  console.log(`\n$ ${command}`);
  const lines = output.split('\n').filter((line) => line.trim() !== '');
  for (const line of lines) console.log(`  ${line}`);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-demo-'));
let repo;
let ok = false;
try {
  console.log('Packing the plugin and installing it with ESLint and husky into a new git repository…');
  ({ repo } = newRepository(installFixture(work)));
  const init = aiCodeInit(repo, '--yes');
  show('npx ai-code init --yes', init.output);
  const refused = commit(repo, { 'src/rate-limit.js': REFUSED });
  show('git commit  # src/rate-limit.js, a generated region never closed', refused.output);
  run('git', ['rm', '-q', '--cached', 'src/rate-limit.js'], repo);
  const accepted = commit(repo, { 'src/prices.js': ACCEPTED });
  show('git commit  # src/prices.js, documented', accepted.output || 'committed');
  ok = init.status === 0 && refused.status !== 0 && accepted.status === 0;
  console.log(ok ? '\nThe hook refused the first commit and accepted the second.' : '\nUnexpected: see the output above.');
} finally {
  fs.rmSync(work, { recursive: true, force: true });
  if (repo !== undefined) fs.rmSync(repo, { recursive: true, force: true });
}
process.exitCode = ok ? 0 : 1;

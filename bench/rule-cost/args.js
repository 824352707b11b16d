/**
 * The command line of bench/rule-cost.js: `--markdown FILE`, `--rounds N`, `--sample N`.
 */

/**
 * @param {string[]} argv
 * @returns {{ markdown: string | undefined, rounds: number, sample: number }}
 */
export function parseArguments(argv) {
  let markdown;
  // Three rounds keep a whole `npm run bench` within its time on two cores, and the least
  // time per file, which the shares are judged on, needs few rounds to settle.
  let rounds = 3;
  let sample = 1;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--markdown') markdown = argv[++index];
    else if (argument === '--rounds') rounds = Number(argv[++index]);
    else if (argument === '--sample') sample = Number(argv[++index]);
    else throw new Error(`Unknown argument: ${argument}`);
  }
  // Without a value the flag would silently write nothing.
  if (markdown === undefined && argv.includes('--markdown')) throw new Error('--markdown needs a file name');
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds needs a positive integer');
  if (!Number.isInteger(sample) || sample < 1) throw new Error('--sample needs a positive integer');
  return { markdown, rounds, sample };
}

/**
 * Draws the blind function sample of the density benchmark: every function of the corpus's
 * source files (the role the presets judge) that ESLint's core `complexity` rule puts at 6 or
 * more, shuffled with mulberry32 seeded with 22, `--n` (60) of them from position `--from` (0)
 * written to `--out` (`function-sample.tsv`). A later sample takes the next positions of the
 * same shuffle, so it never repeats a function already labelled. Reviewers label those
 * functions without seeing our rules' findings, so one set of labels gives both precision and
 * recall (score-functions.js).
 *
 * Usage: node bench/real-code/draw-functions.js [--n 60] [--from 0] [--out function-sample.tsv]
 * (after `npm run build`)
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ESLint } from 'eslint';
import { CORPUS_DIR, HERE, corpusSourceFiles, repoOf } from './corpus.js';
import { fileRole, pathUnder } from '../../dist/lib/markers/file-role.js';
import { sourceFromESLint } from '../../dist/lib/eslint/source-adapter.js';
import { shuffled } from './sample.js';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '60' }, from: { type: 'string', default: '0' }, out: { type: 'string', default: 'function-sample.tsv' } },
});
const SAMPLE_FILE = path.resolve(HERE, values.out);
const MIN_COMPLEXITY = 6;

/** @type {Map<string, string>} file → role, filled by the rule below while ESLint lints. */
const roles = new Map();
/** @type {Map<string, number>} `file:line:column` of a function's head → its last line, for the sample's spans. */
const functionEnds = new Map();
/** @type {import('eslint').ESLint.Plugin} */
const rolePlugin = {
  rules: {
    role: {
      meta: { type: 'problem', schema: [] },
      /** @param {import('eslint').Rule.RuleContext} context */
      create(context) {
        const file = pathUnder(context.cwd, context.filename);
        roles.set(file, fileRole(file, sourceFromESLint(/** @type {never} */ (context.sourceCode))));
        /** @param {import('estree').Node} node */
        const recordEnd = (node) => {
          const { start, end } = /** @type {import('estree').SourceLocation} */ (node.loc);
          functionEnds.set(`${file}:${start.line}`, Math.max(end.line, functionEnds.get(`${file}:${start.line}`) ?? 0));
        };
        return { FunctionDeclaration: recordEnd, FunctionExpression: recordEnd, ArrowFunctionExpression: recordEnd };
      },
    },
  },
};

const eslint = new ESLint({
  cwd: CORPUS_DIR,
  overrideConfigFile: true,
  ignore: false,
  overrideConfig: [
    { files: ['**/*.jsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: (await import('@typescript-eslint/parser')).default } },
    { plugins: { sample: rolePlugin }, rules: { complexity: ['warn', MIN_COMPLEXITY - 1], 'sample/role': 'warn' } },
  ],
});
const results = await eslint.lintFiles(corpusSourceFiles().map((file) => path.join(CORPUS_DIR, file)));
const functions = [];
for (const result of results) {
  const file = path.relative(CORPUS_DIR, result.filePath).split(path.sep).join('/');
  if (roles.get(file) !== 'source') continue;
  for (const message of result.messages) {
    if (message.ruleId !== 'complexity') continue;
    const [, name = '(anonymous)', complexity = ''] = /^(.*?) has a complexity of (\d+)/u.exec(message.message) ?? [];
    functions.push({ repo: repoOf(file), file, name, line: message.line, endLine: functionEnds.get(`${file}:${message.line}`) ?? message.line, complexity });
  }
}
functions.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
const sample = shuffled(functions, 22).slice(Number(values.from), Number(values.from) + Number(values.n));
const rows = sample.map((f) => [f.repo, f.file, f.name, f.line, f.endLine, f.complexity].join('\t'));
fs.writeFileSync(SAMPLE_FILE, `${['repo', 'file', 'function', 'line', 'endLine', 'complexity'].join('\t')}\n${rows.join('\n')}\n`);
console.log(`${functions.length} functions of complexity >= ${MIN_COMPLEXITY} in source files; ${sample.length} drawn -> ${path.relative(process.cwd(), SAMPLE_FILE)}`);

// Lets Node 20 import TypeScript modules, as Node 22.18 and later do by stripping their types:
// the end-to-end tests load a user's lint-staged.config.ts with it (`--import` this file).
// Compiled with TypeScript's transpileModule, which drops the types and checks nothing.
import fs from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';

/**
 * The loader hook: `.ts` and `.mts` become ES modules, `.cts` CommonJS, as Node reads them.
 * @param {string} url
 * @param {object} context
 * @param {(url: string, context: object) => Promise<object>} next
 */
export async function load(url, context, next) {
  const extension = /\.([cm]?)ts$/u.exec(url);
  if (extension === null) return next(url, context);
  const { default: ts } = await import('typescript');
  const commonJs = extension[1] === 'c';
  const compilerOptions = { module: commonJs ? ts.ModuleKind.CommonJS : ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 };
  const { outputText } = ts.transpileModule(fs.readFileSync(fileURLToPath(url), 'utf8'), { compilerOptions });
  return { format: commonJs ? 'commonjs' : 'module', source: outputText, shortCircuit: true };
}

// Imported with `--import`, this file registers itself as the loader, which runs in a thread of its
// own; a Node that strips types itself needs none.
if (isMainThread && !(/** @type {{ typescript?: unknown }} */ (process.features).typescript)) register(import.meta.url);

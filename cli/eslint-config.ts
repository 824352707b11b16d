/**
 * Puts the plugin's preset into the project's `eslint.config.*`: a new file when there is
 * none, an inserted import and array element when the file has the one shape we can edit
 * without a parser (`export default [` or `export default defineConfig([`, or their
 * `module.exports` forms), and otherwise the exact lines to add, printed for the user.
 */
import path from 'node:path';
import { PACKAGE_NAME } from '../lib/util/package-meta.js';
import type { FileEdits } from './edits.js';
import type { Project } from './project.js';

/** The config elements to add: recommended, and the TypeScript preset for TypeScript projects. */
function presetElements(project: Project): string[] {
  return project.typescript ? ['aiCode.configs.recommended', 'aiCode.configs.typescript'] : ['aiCode.configs.recommended'];
}

function isCommonJs(file: string, project: Project): boolean {
  const extension = path.extname(file);
  return extension === '.cjs' || extension === '.cts' || (extension === '.js' && project.packageJson.type !== 'module');
}

function newConfig(project: Project): string {
  return [
    `import aiCode from '${PACKAGE_NAME}';`,
    "import { defineConfig } from 'eslint/config';",
    '',
    `export default defineConfig([${presetElements(project).join(', ')}]);`,
    '',
  ].join('\n');
}

/** The import line and the start of the exported array, for the module system of the file. */
function shapes(commonJs: boolean): { importLine: string; arrayStart: RegExp; importAnchor: RegExp } {
  return commonJs
    ? {
        importLine: `const aiCode = require('${PACKAGE_NAME}');`,
        arrayStart: /^module\.exports\s*=\s*(?:defineConfig\(\s*)?\[/mu,
        importAnchor: /^(?:const|let|var)\s.*\brequire\(/mu,
      }
    : { importLine: `import aiCode from '${PACKAGE_NAME}';`, arrayStart: /^export default\s+(?:defineConfig\(\s*)?\[/mu, importAnchor: /^import\s/mu };
}

/** The edited text, or undefined when the file does not have a shape we can edit safely. */
function insertPreset(text: string, commonJs: boolean, elements: string[]): string | undefined {
  const { importLine, arrayStart, importAnchor } = shapes(commonJs);
  const starts = text.match(new RegExp(arrayStart.source, 'gmu')) ?? [];
  if (starts.length !== 1 || /\baiCode\b/u.test(text)) return undefined;
  const arrayMatch = arrayStart.exec(text)!;
  const arrayEnd = arrayMatch.index + arrayMatch[0].length;
  // On its own line when the array's elements start on the next line, inline otherwise.
  const inline = text[arrayEnd] !== '\n' && text[arrayEnd] !== '\r';
  const element = inline ? `${elements.join(', ')}, ` : `\n  ${elements.join(',\n  ')},`;
  const withElement = text.slice(0, arrayEnd) + element + text.slice(arrayEnd);
  // Before the first import keeps a header comment and `'use strict'` above it.
  const anchor = importAnchor.exec(withElement)?.index ?? 0;
  return `${withElement.slice(0, anchor)}${importLine}\n${withElement.slice(anchor)}`;
}

/** Plans the preset into the ESLint config, or records the lines the user must add. */
export function mergeEslintConfig(edits: FileEdits, project: Project): void {
  const elements = presetElements(project);
  const file = project.eslintConfig;
  // A new file follows the package's module type, so `.js` is only chosen where it is ESM.
  if (file === undefined) {
    const name = project.packageJson.type === 'module' ? 'eslint.config.js' : 'eslint.config.mjs';
    edits.write(path.join(project.packageRoot, name), newConfig(project), `uses the ${elements.map((element) => element.split('.').pop()).join(' and ')} preset`);
    return;
  }
  const text = edits.read(file) ?? '';
  // Any mention of the package means the user wired it already, perhaps in their own way.
  if (text.includes(PACKAGE_NAME)) return;
  const commonJs = isCommonJs(file, project);
  const edited = insertPreset(text, commonJs, elements);
  if (edited !== undefined) {
    edits.write(file, edited, `added ${elements.join(' and ')}`);
    return;
  }
  edits.addManualStep({
    file,
    reason: 'its shape is not one init can edit safely',
    lines: [shapes(commonJs).importLine, `// then, first in the exported config array:`, `${elements.join(', ')},`],
  });
}

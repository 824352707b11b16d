/**
 * Puts the plugin's preset into the project's `eslint.config.*`: a new file when there is
 * none, an inserted import and array element when the file has the one shape we can edit
 * without a parser (`export default [` or `export default defineConfig([`, or their
 * `module.exports` forms), and otherwise the exact lines to add, printed for the user.
 */
import path from 'node:path';
import { PACKAGE_NAME } from '../lib/util/package-meta.js';
import { atLeast, type Adoption } from './adoption.js';
import type { FileEdits } from './edits.js';
import { BUILD_FOLDER_PATTERNS, gitignoreFolders } from './ignores.js';
import type { Project } from './project.js';

/** One element of the exported config array, with the reason a new file states above it. */
interface Element {
  readonly code: string;
  readonly why?: string;
}

// Suppressions record errors only; severity-only entries keep the preset's options.
const AS_ERRORS: Element = {
  code: "{ rules: Object.fromEntries(Object.keys({ ...aiCode.configs.recommended.rules }).map((rule) => [rule, 'error'])) }",
  why: "Errors, not warnings: ESLint's bulk suppressions (eslint-suppressions.json) record only errors.",
};

/** For a project linted by another tool: the hook's ESLint reports only our rules, whatever its directives name. */
function onlyOwnFindings(linter: string): Element {
  return {
    code: [
      '{',
      "    linterOptions: { reportUnusedDisableDirectives: 'off' },",
      '    processor: {',
      "      meta: { name: 'ai-code/only-own-findings' },",
      '      preprocess: (text) => [text],',
      "      postprocess: (messages) => messages.flat().filter((message) => message.ruleId === null || message.ruleId.startsWith('ai-code/')),",
      '      supportsAutofix: true,',
      '    },',
      '  }',
    ].join('\n'),
    why: `${linter} lints this project with its own rules; this config runs only eslint-plugin-ai-code's, so directives naming ${linter}'s rules are neither unknown nor unused here.`,
  };
}

const LINTER_NAMES = { xo: 'xo', standard: 'standard', eslintrc: 'The .eslintrc setup' } as const;

/** The config elements to add: recommended, the TypeScript preset for TypeScript projects, and what adoption needs. */
function presetElements(project: Project, adoption: Adoption): Element[] {
  return [
    { code: 'aiCode.configs.recommended' },
    ...(project.typescript ? [{ code: 'aiCode.configs.typescript' }] : []),
    ...(adoption.mode === 'record' ? [AS_ERRORS] : []),
    ...(project.otherLinter === undefined ? [] : [onlyOwnFindings(LINTER_NAMES[project.otherLinter])]),
  ];
}

function isCommonJs(file: string, project: Project): boolean {
  const extension = path.extname(file);
  return extension === '.cjs' || extension === '.cts' || (extension === '.js' && project.packageJson.type !== 'module');
}

/**
 * The package that reads .gitignore into the config. @eslint/compat is ESLint's own, and its
 * includeIgnoreFile gets gitignore's anchoring, negation and folder rules right; a converter
 * of our own would have to live in every user's config file.
 */
export const GITIGNORE_READER = '@eslint/compat';

// ESLint applies a config object from a folder of its own (`basePath`) since this version.
const BASE_PATH_SINCE = [9, 30] as const;

/**
 * The ignores of a new config: each .gitignore from its own folder, as git applies it, where
 * ESLint has `basePath` (else the package's own alone, whose folder is the config's), then the
 * build folders.
 */
function ignoreElements(gitignores: readonly string[]): Element[] {
  const read = (folder: string): string => `includeIgnoreFile(fileURLToPath(new URL('${folder === '.' ? '' : `${folder}/`}.gitignore', import.meta.url)))`;
  const elements = gitignores.map((folder, index) => ({
    code: folder === '.' ? read(folder) : `{ ...${read(folder)}, basePath: '${folder}' }`,
    ...(index === 0 ? { why: 'What git ignores is not linted either: each .gitignore applies from its own folder, as in git.' } : {}),
  }));
  return [...elements, { code: `globalIgnores([${BUILD_FOLDER_PATTERNS.map((pattern) => `'${pattern}'`).join(', ')}])`, why: 'Build output, even where .gitignore does not list it.' }];
}

/** A new config: the ignores first, then the elements, one a line with its reason. */
function newConfig(elements: Element[], gitignores: readonly string[]): string {
  const gitignore = gitignores.length > 0;
  const ignores = ignoreElements(gitignores);
  const body = [...ignores, ...elements].map((element) => `${element.why === undefined ? '' : `  // ${element.why}\n`}  ${element.code},\n`).join('');
  const imports = [
    ...(gitignore ? [`import { includeIgnoreFile } from '${GITIGNORE_READER}';`] : []),
    `import aiCode from '${PACKAGE_NAME}';`,
    "import { defineConfig, globalIgnores } from 'eslint/config';",
    ...(gitignore ? ["import { fileURLToPath } from 'node:url';"] : []),
  ];
  return [...imports, '', `export default defineConfig([\n${body}]);`, ''].join('\n');
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
function insertPreset(text: string, commonJs: boolean, elements: Element[]): string | undefined {
  const { importLine, arrayStart, importAnchor } = shapes(commonJs);
  const starts = text.match(new RegExp(arrayStart.source, 'gmu')) ?? [];
  if (starts.length !== 1 || /\baiCode\b/u.test(text)) return undefined;
  const arrayMatch = arrayStart.exec(text)!;
  const arrayEnd = arrayMatch.index + arrayMatch[0].length;
  // On its own line when the array's elements start on the next line, inline otherwise.
  const inline = text[arrayEnd] !== '\n' && text[arrayEnd] !== '\r';
  const codes = elements.map((element) => element.code);
  const element = inline ? `${codes.join(', ')}, ` : `\n  ${codes.join(',\n  ')},`;
  const withElement = text.slice(0, arrayEnd) + element + text.slice(arrayEnd);
  // Before the first import keeps a header comment and `'use strict'` above it.
  const anchor = importAnchor.exec(withElement)?.index ?? 0;
  return `${withElement.slice(0, anchor)}${importLine}\n${withElement.slice(anchor)}`;
}

/** What merging the config found in place, and the packages the config it writes imports. */
export interface EslintConfigPlan {
  readonly found?: string;
  readonly packages: string[];
}

/**
 * A new config with the elements and the ignores; it follows the package's module type, so `.js`
 * is only chosen where it is ESM. Each .gitignore that applies is read where ESLint can apply it
 * from its own folder; the plan says which are not.
 */
function writeNewConfig(edits: FileEdits, project: Project, adoption: Adoption, elements: Element[]): EslintConfigPlan {
  const name = project.packageJson.type === 'module' ? 'eslint.config.js' : 'eslint.config.mjs';
  const presets = elements.filter((element) => element.why === undefined).map((element) => element.code.split('.').pop());
  const extras = [...(adoption.mode === 'record' ? ['our rules as errors'] : []), ...(project.otherLinter === undefined ? [] : ['only our findings reported'])];
  const all = gitignoreFolders(project.gitRoot, project.packageRoot);
  const gitignores = atLeast(adoption.eslintVersion, BASE_PATH_SINCE) ? all : all.filter((folder) => folder === '.');
  const names = gitignores.map((folder) => (folder === '.' ? '.gitignore' : `${folder}/.gitignore`));
  const ignored = gitignores.length > 0 ? `ignores what ${names.join(', ')} ${names.length === 1 ? 'does' : 'do'} and build folders` : 'ignores build folders';
  edits.write(path.join(project.packageRoot, name), newConfig(elements, gitignores), [`uses the ${presets.join(' and ')} preset`, ...extras, ignored].join(', '));
  const unread = all.filter((folder) => !gitignores.includes(folder));
  const packages = gitignores.length > 0 ? [GITIGNORE_READER] : [];
  if (unread.length === 0) return { packages };
  const found = `ESLint ${adoption.eslintVersion} cannot apply a .gitignore from another folder (\`basePath\` needs ${BASE_PATH_SINCE.join('.')}), so the config does not read ${unread.map((folder) => `${folder}/.gitignore`).join(', ')}.`;
  return { packages, found };
}

/** Plans the preset into the ESLint config, or records the lines the user must add. */
export function mergeEslintConfig(edits: FileEdits, project: Project, adoption: Adoption): EslintConfigPlan {
  const elements = presetElements(project, adoption);
  const file = project.eslintConfig;
  if (file === undefined) return writeNewConfig(edits, project, adoption, elements);
  const text = edits.read(file) ?? '';
  // Any mention of the package means the user wired it already, perhaps in their own way.
  if (text.includes(PACKAGE_NAME)) return { found: `${path.basename(file)} loads ${PACKAGE_NAME} already.`, packages: [] };
  const commonJs = isCommonJs(file, project);
  const edited = insertPreset(text, commonJs, elements);
  if (edited !== undefined) {
    edits.write(file, edited, `added ${elements.map((element) => (element === AS_ERRORS ? 'our rules as errors' : element.code)).join(' and ')}`);
    return { packages: [] };
  }
  edits.addManualStep({
    file,
    reason: 'its shape is not one init can edit safely',
    lines: [shapes(commonJs).importLine, `// then, first in the exported config array:`, `${elements.map((element) => element.code).join(', ')},`],
  });
  return { packages: [] };
}

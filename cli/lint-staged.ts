/**
 * Makes the project's lint-staged configuration check every staged JavaScript and TypeScript
 * file with ESLint, failing on warnings, in whichever of lint-staged's forms the project
 * already uses: the `lint-staged` key of package.json, `.lintstagedrc.json`, YAML
 * (`.lintstagedrc.yaml`, `.yml`, or an extension-less `.lintstagedrc`), or a JavaScript
 * module. Entries that run ESLint already are kept and, where they let warnings through,
 * given `--max-warnings=0`; extensions no entry lints get our command. A project without a
 * configuration gets the package.json key.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLINT_COMMAND, STAGED_EXTENSIONS, STAGED_GLOB } from '../presets/lint-staged.js';
import { addMissing, type FileEdits, type Json } from './edits.js';
import { firstExisting, type Project } from './project.js';

// lint-staged's own search order for files, after the package.json key.
const CONFIG_FILES = [
  '.lintstagedrc',
  '.lintstagedrc.json',
  '.lintstagedrc.yaml',
  '.lintstagedrc.yml',
  '.lintstagedrc.mjs',
  '.lintstagedrc.js',
  '.lintstagedrc.cjs',
  'lint-staged.config.mjs',
  'lint-staged.config.js',
  'lint-staged.config.cjs',
];

/** The ESLint command lint-staged runs on one extension, and the glob that sends files to it. */
export interface StagedCheck {
  readonly glob: string;
  readonly command: string;
  /** True when the glob names a folder, so files elsewhere are not checked. */
  readonly scoped: boolean;
}

/** What lint-staged will run on each of STAGED_EXTENSIONS once the plan is applied; empty when unknown. */
export type Wiring = Map<string, StagedCheck>;

type LintStagedObject = { [glob: string]: Json };

/** `a{b,c}d` → `abd`, `acd`, inner braces first; lint-staged's micromatch does the same. */
function expandBraces(glob: string): string[] {
  const match = /\{([^{}]*)\}/u.exec(glob);
  if (match === null) return [glob];
  const head = glob.slice(0, match.index);
  const tail = glob.slice(match.index + match[0].length);
  return match[1]!.split(',').flatMap((choice) => expandBraces(`${head}${choice}${tail}`));
}

/** A glob's last path segment as a regular expression over a file name. */
function segmentPattern(segment: string): RegExp {
  const source = segment.replace(/[.+^$()|\\]|\*+|\?|\[!?/gu, (token) => {
    if (token.startsWith('*')) return '[^/]*';
    if (token === '?') return '[^/]';
    if (token.startsWith('[')) return token === '[!' ? '[^' : '[';
    return `\\${token}`;
  });
  return new RegExp(`^${source}$`, 'u');
}

/** The extensions among ours whose files a lint-staged glob sends to its commands. */
export function globExtensions(glob: string): { extensions: string[]; scoped: boolean } {
  const extensions = new Set<string>();
  let scoped = false;
  for (const choice of expandBraces(glob)) {
    const slash = choice.lastIndexOf('/');
    const folder = slash === -1 ? '' : choice.slice(0, slash);
    const pattern = segmentPattern(choice.slice(slash + 1));
    const matched = STAGED_EXTENSIONS.filter((extension) => pattern.test(`file.${extension}`));
    // lint-staged matches a glob without a slash against the file name, anywhere in the tree.
    if (matched.length > 0 && folder !== '' && folder !== '**') scoped = true;
    for (const extension of matched) extensions.add(extension);
  }
  return { extensions: [...extensions], scoped };
}

/** Whether a command runs ESLint itself (not a tool with eslint in its name). */
export function runsEslint(command: Json | undefined): command is string {
  return typeof command === 'string' && /(?:^|[\s/])eslint(?:\s|$)/u.test(command);
}

/** Whether an ESLint command fails on warnings, which is what makes the `recommended` preset block. */
function failsOnWarnings(command: string): boolean {
  return /--max-warnings(?:=|\s+)0(?!\d)/u.test(command);
}

/**
 * Plans our checks into a lint-staged object, in place; returns what it changed and the wiring
 * that results. `flags` are what the hook's ESLint needs beyond ESLINT_COMMAND (adoption's).
 * An ESLint entry gets `--max-warnings=0` and the flags appended where it lacks them; one
 * allowing some warnings gets our command after it, in its list, so the two never run at once
 * on the same file; extensions no ESLint entry covers get our command under a new glob, or
 * after the other commands of that glob if it exists.
 */
export function mergeLintStagedObject(config: LintStagedObject, flags: string[] = []): { notes: string[]; wiring: Wiring } {
  const ours = [ESLINT_COMMAND, ...flags].join(' ');
  const notes: string[] = [];
  const wiring: Wiring = new Map();
  for (const [glob, value] of Object.entries(config)) {
    const commands = Array.isArray(value) ? value : [value];
    const index = commands.findIndex(runsEslint);
    const { extensions, scoped } = globExtensions(glob);
    if (index === -1 || extensions.length === 0) continue;
    const theirs = commands[index] as string;
    const allowsWarnings = /--max-warnings/u.test(theirs) && !failsOnWarnings(theirs);
    const missingFlags = [...(/--max-warnings/u.test(theirs) ? [] : ['--max-warnings=0']), ...flags.filter((flag) => !theirs.includes(flag))];
    let command = theirs;
    if (allowsWarnings) {
      command = ours;
      config[glob] = [...commands, ours];
      notes.push(`lint-staged runs \`${ours}\` after \`${theirs}\` on ${glob}`);
    } else if (missingFlags.length > 0) {
      command = [theirs, ...missingFlags].join(' ');
      const updated = commands.with(index, command);
      config[glob] = Array.isArray(value) ? updated : command;
      notes.push(`lint-staged's \`${theirs}\` on ${glob} gets ${missingFlags.join(' ')}`);
    }
    for (const extension of extensions) if (!wiring.has(extension)) wiring.set(extension, { glob, command, scoped });
  }
  const missing = STAGED_EXTENSIONS.filter((extension) => !wiring.has(extension));
  if (missing.length === 0) return { notes, wiring };
  const glob = missing.length === STAGED_EXTENSIONS.length ? STAGED_GLOB : missing.length === 1 ? `*.${missing[0]!}` : `*.{${missing.join(',')}}`;
  const existing = config[glob];
  // Two globs matching one file run concurrently, and a formatter racing ESLint on it is a bug.
  config[glob] = existing === undefined ? ours : [...(Array.isArray(existing) ? existing : [existing]), ours];
  notes.push(`lint-staged runs \`${ours}\` on staged ${glob} files`);
  for (const extension of missing) wiring.set(extension, { glob, command: ours, scoped: false });
  return { notes, wiring };
}

/**
 * The top-level `glob: command` and `glob:` + `- command` lines of a block-style YAML file;
 * undefined for anything else (flow style, anchors, multi-line strings), which init leaves alone.
 */
export function readSimpleYaml(text: string): LintStagedObject | undefined {
  const config: LintStagedObject = {};
  let listKey: string | undefined;
  const unquote = (value: string): string => value.replace(/^(["'])(.*)\1$/u, '$2');
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const item = /^\s+-\s(.+)$/u.exec(line);
    if (item !== null && listKey !== undefined) {
      (config[listKey] as Json[]).push(unquote(item[1]!.trim()));
      continue;
    }
    const entry = /^("[^"]+"|'[^']+'|[^\s"'#{[][^:]*):(?:\s(.*))?$/u.exec(line);
    if (entry === null || /^[|>&*{[]/u.test(entry[2] ?? '')) return undefined;
    const key = unquote(entry[1]!);
    listKey = entry[2] === undefined || entry[2].trim() === '' ? key : undefined;
    config[key] = listKey === undefined ? unquote(entry[2]!.trim()) : [];
  }
  return config;
}

/** The lines a user adds to a lint-staged object by hand to get `after` from `before`. */
function changedEntries(before: LintStagedObject, after: LintStagedObject, format: (glob: string, value: Json) => string): string[] {
  return Object.entries(after)
    .filter(([glob, value]) => JSON.stringify(before[glob]) !== JSON.stringify(value))
    .map(([glob, value]) => format(glob, value));
}

const yamlLine = (glob: string, value: Json): string => (Array.isArray(value) ? `"${glob}":\n${value.map((command) => `  - ${String(command)}`).join('\n')}` : `"${glob}": ${String(value)}`);

function mergeYaml(edits: FileEdits, file: string, flags: string[]): Wiring {
  const text = edits.read(file) ?? '';
  const before = readSimpleYaml(text);
  if (before === undefined) {
    edits.addManualStep({ file, reason: 'its YAML is not plain `glob: command` lines that init can merge', lines: [`"${STAGED_GLOB}": ${ESLINT_COMMAND}`] });
    return new Map();
  }
  const after = structuredClone(before);
  const { wiring } = mergeLintStagedObject(after, flags);
  const changes = changedEntries(before, after, yamlLine);
  if (changes.length === 0) return wiring;
  // Only a new key can be appended safely; a changed command needs the user's hand.
  const onlyNewKeys = Object.keys(after).filter((glob) => JSON.stringify(before[glob]) !== JSON.stringify(after[glob])).every((glob) => !(glob in before));
  if (!onlyNewKeys) {
    edits.addManualStep({ file, reason: 'an existing command has to change, which init does not do in YAML; make these entries read', lines: changes.flatMap((change) => change.split('\n')) });
    return new Map();
  }
  edits.appendLine(file, changes.join('\n'), () => false, `runs \`${ESLINT_COMMAND}\` on staged files`);
  return wiring;
}

/** Reads a JavaScript configuration the way lint-staged does, by importing it; undefined if it is not a plain object. */
async function importConfig(file: string): Promise<LintStagedObject | undefined> {
  try {
    const loaded = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
    if (loaded === null || typeof loaded !== 'object' || Array.isArray(loaded)) return undefined;
    const values = Object.values(loaded as object);
    return values.every((value) => typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'))) ? (loaded as LintStagedObject) : undefined;
  } catch {
    return undefined;
  }
}

/** A JavaScript configuration is read but never edited: the user gets the entries to add, or is told it works. */
async function checkJavaScript(edits: FileEdits, file: string, flags: string[]): Promise<Wiring> {
  const before = await importConfig(file);
  const after = structuredClone(before ?? {});
  const { wiring } = mergeLintStagedObject(after, flags);
  const changes = changedEntries(before ?? {}, after, (glob, value) => `'${glob}': ${JSON.stringify(value).replaceAll('"', "'")},`);
  if (before !== undefined && changes.length === 0) return wiring;
  edits.addManualStep({
    file,
    reason: before === undefined ? 'it is not a plain object init can read; make sure it has this entry' : 'a JavaScript configuration cannot be edited safely; make these entries read',
    lines: changes,
  });
  return new Map();
}

/** Plans our checks into the lint-staged configuration the project already has; resolves to the wiring that results. */
export async function mergeLintStaged(edits: FileEdits, project: Project, flags: string[]): Promise<Wiring> {
  // lint-staged reads the package.json key first, so an existing key is the live configuration.
  const inPackageJson = 'lint-staged' in project.packageJson;
  const file = inPackageJson ? undefined : firstExisting(project.packageRoot, CONFIG_FILES);
  if (file === undefined) {
    let wiring: Wiring = new Map();
    edits.mergeJson(project.packageJsonPath, (json) => {
      addMissing(json, 'lint-staged', {});
      const config = json['lint-staged'];
      if (config === null || typeof config !== 'object' || Array.isArray(config)) return [];
      const merged = mergeLintStagedObject(config, flags);
      wiring = merged.wiring;
      return merged.notes;
    });
    return wiring;
  }
  const text = edits.read(file) ?? '';
  const extension = path.extname(file);
  // lint-staged reads an extension-less .lintstagedrc as JSON or YAML; JSON is YAML's subset.
  if (extension === '.json' || (extension === '' && text.trimStart().startsWith('{'))) {
    let wiring: Wiring = new Map();
    edits.mergeJson(file, (config) => {
      const merged = mergeLintStagedObject(config, flags);
      wiring = merged.wiring;
      return merged.notes;
    });
    return wiring;
  }
  if (extension === '' || extension === '.yaml' || extension === '.yml') return mergeYaml(edits, file, flags);
  return checkJavaScript(edits, file, flags);
}

/**
 * Makes the project's lint-staged configuration check every staged JavaScript and TypeScript
 * file with ESLint, failing on warnings, in whichever of lint-staged's forms the project
 * already uses, found as lint-staged 16 finds it. JSON (package.json's key, `.lintstagedrc.json`)
 * is merged; plain YAML gets new keys appended. Entries that run ESLint already are kept and,
 * where they let warnings through, given `--max-warnings=0`; extensions no entry lints get our
 * command. What cannot be edited safely (modules, a YAML manifest, YAML whose commands would
 * change) is left as it is, and our checks go into a file of their own that the hook runs in a
 * second lint-staged call. A project without a configuration gets the package.json key.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLINT_COMMAND, STAGED_EXTENSIONS, STAGED_GLOB } from '../presets/lint-staged.js';
import { addMissing, type FileEdits, type Json } from './edits.js';
import type { Project } from './project.js';

// Every file lint-staged 16 reads a configuration from: it loads each one in a folder that holds
// a configuration and hands the folder's staged files to the first by name (localeCompare).
const CONFIG_FILES = [
  'package.json',
  'package.yaml',
  'package.yml',
  ...['.lintstagedrc', 'lint-staged.config'].flatMap((base) => [
    ...(base === '.lintstagedrc' ? [base, `${base}.json`, `${base}.yaml`, `${base}.yml`] : []),
    ...['mjs', 'mts', 'js', 'ts', 'cjs', 'cts'].map((extension) => `${base}.${extension}`),
  ]),
];

/** Our checks in a file of their own, which the hook hands to a second `lint-staged --config` call. */
export const OWN_CONFIG = 'ai-code.lint-staged.json';

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

/** The glob of some of our extensions, in the preset's own words when it is all of them. */
function globOf(extensions: readonly string[]): string {
  if (extensions.length === STAGED_EXTENSIONS.length) return STAGED_GLOB;
  return extensions.length === 1 ? `*.${extensions[0]!}` : `*.{${extensions.join(',')}}`;
}

/**
 * Plans our checks into a lint-staged object, in place; returns what it changed and the wiring
 * that results. `flags` are what the hook's ESLint needs beyond ESLINT_COMMAND (adoption's).
 * An ESLint entry gets `--max-warnings=0` and the flags appended where it lacks them; one
 * allowing some warnings gets our command after it, in its list, so the two never run at once
 * on the same file; extensions no ESLint entry covers get our command under a new glob, or
 * after the other commands of that glob if it exists. Only the `wanted` extensions get a new entry.
 */
export function mergeLintStagedObject(config: LintStagedObject, flags: string[] = [], wanted: readonly string[] = STAGED_EXTENSIONS): { notes: string[]; wiring: Wiring } {
  const ours = [ESLINT_COMMAND, ...flags].join(' ');
  const notes: string[] = [];
  const wiring: Wiring = new Map();
  for (const [glob, value] of Object.entries(config)) {
    const commands = Array.isArray(value) ? value : [value];
    const index = commands.findIndex(runsEslint);
    const { extensions, scoped } = globExtensions(glob);
    if (index === -1 || extensions.length === 0) continue;
    const theirs = commands[index] as string;
    // A command that lets warnings through cannot block our warnings, so ours runs after it in
    // the same list (never in a second glob, which would run concurrently on the same file);
    // one that only lacks flags gets them appended, so the project's own command stays in charge.
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
  const missing = wanted.filter((extension) => !wiring.has(extension));
  if (missing.length === 0) return { notes, wiring };
  const glob = globOf(missing);
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

/** What planning our checks into lint-staged's configuration found and did. */
export interface LintStagedPlan {
  readonly wiring: Wiring;
  /** OWN_CONFIG when the hook must run it in a lint-staged call of its own. */
  readonly ownConfig?: string;
  /** What the user should know: which file was left as it was and why, and how to fold our entries into it. */
  readonly notes: string[];
}

/** The lines a user adds to a lint-staged object by hand to get `after` from `before`. */
function changedEntries(before: LintStagedObject, after: LintStagedObject, format: EntryFormat): string[] {
  return Object.entries(after)
    .filter(([glob, value]) => JSON.stringify(before[glob]) !== JSON.stringify(value))
    .map(([glob, value]) => format(glob, value));
}

type EntryFormat = (glob: string, value: Json) => string;
const yamlLine: EntryFormat = (glob, value) => (Array.isArray(value) ? `"${glob}":\n${value.map((command) => `  - ${String(command)}`).join('\n')}` : `"${glob}": ${String(value)}`);
const moduleLine: EntryFormat = (glob, value) => `'${glob}': ${JSON.stringify(value).replaceAll('"', "'")},`;

/** A configuration init leaves as it is: what it holds, if init can read it, and why it is not edited. */
interface Untouched {
  readonly file: string;
  readonly config: LintStagedObject | undefined;
  readonly why: string;
  readonly format: EntryFormat;
}

/** Merges our checks into a JSON configuration: the whole file, or the `lint-staged` key of package.json. */
function mergeJsonConfig(edits: FileEdits, file: string, flags: string[], key?: string): Wiring {
  let wiring: Wiring = new Map();
  edits.mergeJson(file, (json) => {
    if (key !== undefined) addMissing(json, key, {});
    const config = key === undefined ? json : json[key];
    if (config === null || typeof config !== 'object' || Array.isArray(config)) return [];
    const merged = mergeLintStagedObject(config, flags);
    wiring = merged.wiring;
    return merged.notes;
  });
  return wiring;
}

/** Appends our entries to a YAML configuration where they are new keys; otherwise says why it is left as it is. */
function mergeYaml(edits: FileEdits, file: string, flags: string[]): Wiring | Untouched {
  const before = readSimpleYaml(edits.read(file) ?? '');
  if (before === undefined) return { file, config: undefined, why: 'its YAML is not plain `glob: command` lines that init can merge', format: yamlLine };
  const after = structuredClone(before);
  const { wiring } = mergeLintStagedObject(after, flags);
  const changes = changedEntries(before, after, yamlLine);
  if (changes.length === 0) return wiring;
  // Only a new key can be appended safely; a changed command needs the user's hand.
  if (Object.keys(after).some((glob) => glob in before && JSON.stringify(before[glob]) !== JSON.stringify(after[glob]))) {
    return { file, config: before, why: 'an existing command would have to change, which init does not do in YAML', format: yamlLine };
  }
  edits.appendLine(file, changes.join('\n'), () => false, `runs \`${ESLINT_COMMAND}\` on staged files`);
  return wiring;
}

/** A loaded configuration as glob → commands, or undefined for anything else (a function, a task that is one). */
function asObject(loaded: unknown): LintStagedObject | undefined {
  if (loaded === null || typeof loaded !== 'object' || Array.isArray(loaded)) return undefined;
  const values = Object.values(loaded as object);
  return values.every((value) => typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'))) ? (loaded as LintStagedObject) : undefined;
}

/** Imports a configuration module as lint-staged does; its first line of error when it does not load. */
async function importConfig(file: string): Promise<{ loaded: unknown } | { error: string }> {
  try {
    return { loaded: ((await import(pathToFileURL(file).href)) as { default?: unknown }).default };
  } catch (error) {
    return { error: (error as Error).message.split('\n')[0] ?? '' };
  }
}

// The lint-staged key of a YAML manifest (package.yaml), which init reads but does not edit.
const YAML_MANIFEST_KEY = /^["']?lint-staged["']?\s*:/mu;

/** Whether the package has a lint-staged configuration of its own, in any file lint-staged reads one from. */
export function hasLintStagedConfig(edits: FileEdits, project: Project): boolean {
  return CONFIG_FILES.some((name) => {
    const file = path.join(project.packageRoot, name);
    if (name === 'package.json') return 'lint-staged' in project.packageJson;
    if (name.startsWith('package.')) return YAML_MANIFEST_KEY.test(edits.read(file) ?? '');
    return edits.exists(file);
  });
}

type Live = { readonly kind: 'json'; readonly file: string; readonly key?: string } | { readonly kind: 'yaml'; readonly file: string } | ({ readonly kind: 'untouched' } & Untouched);

/**
 * The configuration lint-staged uses for the package's files, picked as lint-staged picks it: of
 * the files that hold one, the first by name. A module that does not load is passed over, as
 * lint-staged passes it over after printing an error; `notes` gets why.
 */
async function liveConfig(edits: FileEdits, project: Project, notes: string[]): Promise<Live | undefined> {
  const present = CONFIG_FILES.map((name) => path.join(project.packageRoot, name)).filter((file) => edits.exists(file));
  for (const file of present.sort((a, b) => a.localeCompare(b))) {
    const name = path.basename(file);
    const text = edits.read(file) ?? '';
    const extension = path.extname(name);
    if (name === 'package.json') {
      if ('lint-staged' in project.packageJson) return { kind: 'json', file, key: 'lint-staged' };
    } else if (name.startsWith('package.')) {
      if (YAML_MANIFEST_KEY.test(text)) return { kind: 'untouched', file, config: undefined, why: 'init does not edit a key of a YAML manifest', format: yamlLine };
    } else if (extension === '.json' || (extension === '' && text.trimStart().startsWith('{'))) {
      // lint-staged reads an extension-less .lintstagedrc as YAML, and JSON is YAML's subset.
      return { kind: 'json', file };
    } else if (extension === '' || extension === '.yaml' || extension === '.yml') {
      return { kind: 'yaml', file };
    } else {
      const imported = await importConfig(file);
      if ('error' in imported) notes.push(`lint-staged cannot load ${name} on this Node (${process.version}) either, and reads the next configuration instead: ${imported.error}`);
      else if (imported.loaded !== undefined && imported.loaded !== null) {
        const config = asObject(imported.loaded);
        const language = /\.[cm]?ts$/u.test(extension) ? 'TypeScript' : 'JavaScript';
        const why = config === undefined ? 'it is not a plain object of commands that init can read' : `a ${language} configuration cannot be edited safely`;
        return { kind: 'untouched', file, config, why, format: moduleLine };
      }
    }
  }
  return undefined;
}

/**
 * Leaves a configuration init cannot edit as it is, and puts the checks it lacks into
 * OWN_CONFIG, which the hook runs in a lint-staged call of its own; the notes say so, and which
 * entries would fold the two into one call.
 */
function separateConfig(edits: FileEdits, project: Project, flags: string[], untouched: Untouched, notes: string[]): LintStagedPlan {
  const theirs = untouched.config;
  const after = structuredClone(theirs ?? {});
  const wiring: Wiring = new Map();
  const needed: string[] = [];
  for (const [extension, check] of mergeLintStagedObject(after, flags).wiring) {
    // An entry of theirs that merging left as it was checks this extension as the hook needs.
    const kept = theirs !== undefined && JSON.stringify(theirs[check.glob]) === JSON.stringify(after[check.glob]);
    if (kept) wiring.set(extension, check);
    else needed.push(extension);
  }
  if (needed.length === 0) return { wiring, notes };
  edits.mergeJson(path.join(project.packageRoot, OWN_CONFIG), (json) => {
    const merged = mergeLintStagedObject(json, flags, needed);
    for (const extension of needed) wiring.set(extension, merged.wiring.get(extension)!);
    return merged.notes;
  });
  const name = path.relative(project.packageRoot, untouched.file);
  const fold = theirs === undefined ? [`    ${untouched.format(globOf(needed), [ESLINT_COMMAND, ...flags].join(' '))}`] : changedEntries(theirs, after, untouched.format).flatMap((entry) => entry.split('\n').map((line) => `    ${line}`));
  notes.push(`${name} was left as it was (${untouched.why}): the hook runs ${OWN_CONFIG} in a lint-staged call of its own. To check in one call instead, make ${name} hold these entries, then delete ${OWN_CONFIG} and its line in the hook:`, ...fold);
  return { wiring, ownConfig: OWN_CONFIG, notes };
}

/** Plans our checks into the lint-staged configuration the project already has, or into package.json. */
export async function mergeLintStaged(edits: FileEdits, project: Project, flags: string[]): Promise<LintStagedPlan> {
  const notes: string[] = [];
  const live = await liveConfig(edits, project, notes);
  if (live === undefined) return { wiring: mergeJsonConfig(edits, project.packageJsonPath, flags, 'lint-staged'), notes };
  if (live.kind === 'json') return { wiring: mergeJsonConfig(edits, live.file, flags, live.key), notes };
  const merged = live.kind === 'yaml' ? mergeYaml(edits, live.file, flags) : live;
  return merged instanceof Map ? { wiring: merged, notes } : separateConfig(edits, project, flags, merged, notes);
}

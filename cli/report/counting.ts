/**
 * Counting every file of a report: the project's ESLint configuration decides which files count
 * and how they parse; the fast path (fast-path.ts) counts
 * what the scanner can read, and ESLint (collector.ts) counts the rest.
 */
import path from 'node:path';
import type { ESLint, Linter } from 'eslint';
import type { Counts } from './metrics.js';
import { readSettings, type AiCodeSettings } from '../../lib/eslint/settings.js';
import { pathUnder, type FileRole } from '../../lib/markers/file-role.js';
import { countFile, countSource, scanOptionsFor, type CountSinks, type FastCount } from './fast-path.js';
import type { ReportIO } from './io.js';
import { BUILD_FOLDER_PATTERNS, gitIgnored } from '../ignores.js';
import type { LineProfile } from './provenance/split.js';
import { relativePosixPath } from '../relative-path.js';

/** A file's counts, its role, and its line profile when the report was asked for provenance. */
export interface CountedFile {
  readonly path: string;
  readonly counts: Counts;
  readonly role: FileRole;
  readonly profile?: LineProfile;
}

// Files per progress update and per ESLint call: a live bar, and ESLint's per-call cost amortised.
const BATCH = 50;

/** How the report reads the project: its ESLint options, and an ESLint to ask for each file's configuration. */
export interface Project {
  readonly options: ESLint.Options;
  readonly eslint: ESLint;
  /** Without a configuration of the project's, the report ignores what the config init writes would: what git ignores. */
  readonly ignoresWhatGitDoes: boolean;
}

/**
 * typescript-eslint's parser, an optional peer dependency, or undefined where it is not installed.
 * Imported only when needed: it takes longer to load than a small project takes to read.
 */
async function importTypeScriptParser(): Promise<Linter.Parser | undefined> {
  try {
    return (await import('@typescript-eslint/parser')).default as Linter.Parser;
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && (error as Error).message.includes("'@typescript-eslint/parser'");
    if (missing) return undefined;
    throw error;
  }
}

// What the fallback configuration parses with typescript-eslint's parser.
const TYPESCRIPT_EXTENSIONS = ['ts', 'mts', 'cts', 'tsx'];

/**
 * The project's configuration, or JavaScript and TypeScript as the presets parse them when it has
 * none; `typescript` false (no TypeScript file to read) spares loading the parser, then TypeScript.
 */
export async function openProject(cwd: string, io: ReportIO, typescript = true): Promise<Project> {
  // warnIgnored: false makes ESLint drop files it ignores or has no configuration for, silently,
  // as `eslint .` would skip them.
  const options: ESLint.Options = { cwd, warnIgnored: false };
  // Imported here: ESLint takes a while to load, and `--help` or a usage error needs none of it.
  const { ESLint } = await import('eslint');
  const eslint = new ESLint(options);
  try {
    await eslint.calculateConfigForFile(path.join(cwd, 'index.js'));
    return { options, eslint, ignoresWhatGitDoes: false };
  } catch (error) {
    if (!/Could not find config file/u.test((error as Error).message)) throw error;
    const tsParser = typescript ? await importTypeScriptParser() : undefined;
    let languages = 'JavaScript and TypeScript files';
    if (!typescript) languages = 'JavaScript files';
    else if (tsParser === undefined) languages = 'JavaScript files (TypeScript files need @typescript-eslint/parser)';
    io.stderr(`No ESLint configuration found: reporting on all ${languages}.\n`);
    // The build folders here, and what git ignores in collectCounts: the ignores of the config init writes.
    // JSX on, as the scanner reads JavaScript: a .jsx file, or JSX in a .js file, must parse.
    const baseConfig: Linter.Config[] = [{ ignores: BUILD_FOLDER_PATTERNS }, { files: ['**/*.{js,mjs,cjs,jsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } }];
    if (tsParser !== undefined) baseConfig.push({ files: [`**/*.{${TYPESCRIPT_EXTENSIONS.join(',')}}`], languageOptions: { parser: tsParser } });
    const fallback: ESLint.Options = { ...options, overrideConfigFile: true, baseConfig };
    return { options: fallback, eslint: new ESLint(fallback), ignoresWhatGitDoes: true };
  }
}

/**
 * A progress bar on stderr, drawn only when stderr is a terminal. A note printed while the bar
 * shows clears its line first, so the note stands on a line of its own and the bar redraws below.
 */
class ProgressBar {
  private shown = false;

  constructor(
    private readonly io: ReportIO,
    private readonly total: number,
  ) {}

  update(done: number): void {
    if (!this.io.stderrIsTTY) return;
    const width = 30;
    const filled = this.total === 0 ? width : Math.round((done / this.total) * width);
    this.io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${this.total} files`);
    this.shown = done < this.total;
    if (!this.shown) this.io.stderr('\n');
  }

  note(text: string): void {
    this.io.stderr(this.shown ? `\r\x1b[2K${text}` : text);
  }
}

/**
 * Lints `files` through ESLint with the report's rules, for the files the fast path left. The
 * report's plugin loads every rule, so it is imported only when some file needs it.
 */
async function countThroughESLint(project: Project, files: readonly string[], io: ReportIO, bar: ProgressBar): Promise<Map<string, Omit<CountedFile, 'path'>>> {
  const { readResult } = await import('./collector.js');
  const eslint = await reportESLint(project);
  const counted = new Map<string, Omit<CountedFile, 'path'>>();
  for (let start = 0; start < files.length; start += BATCH) {
    for (const result of await eslint.lintFiles(files.slice(start, start + BATCH))) {
      const read = readResult(result);
      if (read !== undefined) counted.set(result.filePath, read);
      // A file that does not parse is ESLint's parse error; the report says so and goes on.
      const fatal = result.messages.find((message) => message.fatal);
      if (fatal !== undefined) bar.note(`${path.relative(io.cwd, result.filePath)}: skipped, ${fatal.message}\n`);
    }
  }
  return counted;
}

/**
 * An ESLint that runs only the report's rules over the project's configuration. Inline
 * directives are the user's words to the linter, not to an audit: a blanket `eslint-disable`
 * must not hide a file's counts or its gaps.
 */
async function reportESLint(project: Project): Promise<ESLint> {
  const { isReportRule, reportOverrides } = await import('./collector.js');
  const { ESLint } = await import('eslint');
  return new ESLint({ ...project.options, overrideConfig: reportOverrides, ruleFilter: ({ ruleId }) => isReportRule(ruleId), allowInlineConfig: false });
}

/** A file's count: by the fast path where the scanner reads the file as its configuration parses it. */
function countOne(file: string, cwd: string, config: Linter.Config, settings: AiCodeSettings, sinks: CountSinks): FastCount {
  const options = scanOptionsFor(file, config);
  return options === undefined ? 'eslint' : countFile(file, pathUnder(cwd, file), options, settings, sinks);
}

/** Sinks that keep a count's role, and its profile when asked; `kept` reads them after the count. */
function keeper(profiles: boolean): { sinks: CountSinks; kept: () => { role: FileRole; profile?: LineProfile } } {
  let profile: LineProfile | undefined;
  let role: FileRole = 'source';
  const sinks: CountSinks = { role: (given) => (role = given), ...(profiles ? { profile: (given: LineProfile) => (profile = given) } : {}) };
  return { sinks, kept: () => (profiles ? { role, profile } : { role }) };
}

/**
 * Each file's counts, in the order of `files`: by the fast path where it can, by ESLint where
 * not; with `profiles`, each file's line profile too.
 */
export async function collectCounts(files: readonly string[], io: ReportIO, profiles = false): Promise<CountedFile[]> {
  const project = await openProject(io.cwd, io, files.some((file) => TYPESCRIPT_EXTENSIONS.includes(path.extname(file).slice(1))));
  const bar = new ProgressBar(io, files.length);
  const counted = new Map<string, Omit<CountedFile, 'path'>>();
  const throughESLint: string[] = [];
  const ignored = project.ignoresWhatGitDoes ? gitIgnored(io.cwd, files) : new Set<string>();
  for (const [index, file] of files.entries()) {
    if (ignored.has(file)) continue;
    // No configuration: the file is ignored, or no `files` pattern of the project takes it.
    const config = (await project.eslint.calculateConfigForFile(file)) as Linter.Config | undefined;
    if (config === undefined) continue;
    const { sinks, kept } = keeper(profiles);
    const counts = countOne(file, io.cwd, config, readSettings(config.settings), sinks);
    if (counts === 'eslint') throughESLint.push(file);
    else if (counts !== 'skip') counted.set(file, { counts, ...kept() });
    if ((index + 1) % BATCH === 0 && index + 1 < files.length) bar.update(index + 1);
  }
  if (throughESLint.length > 0) for (const [file, read] of await countThroughESLint(project, throughESLint, io, bar)) counted.set(file, read);
  bar.update(files.length);
  return files.flatMap((file) => {
    const read = counted.get(file);
    if (read === undefined) return [];
    const relative = relativePosixPath(io.cwd, file);
    return [profiles ? { path: relative, ...read } : { path: relative, counts: read.counts, role: read.role }];
  });
}

/**
 * Counts a file from a text that need not be on disk (a file of a past commit): the project's
 * configuration for `file` decides as for a file on disk. Undefined when the configuration
 * leaves the file out, its banner skips it, or it does not parse.
 */
export class TextCounter {
  private eslint: Promise<ESLint> | undefined;

  constructor(private readonly project: Project) {}

  /** Whether the project's configuration covers `file` (absolute). */
  async covers(file: string): Promise<boolean> {
    return (await this.project.eslint.calculateConfigForFile(file)) !== undefined;
  }

  /**
   * Counts `text` as the file at `file`: by the scanner where the configuration's parser allows
   * it, otherwise by ESLint on the text itself (nothing is read from disk, so past commits count
   * as they were); the line profile is kept only when provenance asked for it.
   */
  async count(file: string, text: string, profiles: boolean): Promise<Omit<CountedFile, 'path'> | undefined> {
    const config = (await this.project.eslint.calculateConfigForFile(file)) as Linter.Config | undefined;
    if (config === undefined) return undefined;
    const options = scanOptionsFor(file, config);
    const { sinks, kept } = keeper(profiles);
    const counts = options === undefined ? 'eslint' : countSource(text, options, readSettings(config.settings), pathUnder(this.project.options.cwd ?? process.cwd(), file), sinks);
    if (counts === 'skip') return undefined;
    if (counts !== 'eslint') return { counts, ...kept() };
    // Only a parser can read this file: one ESLint with the report's rules, built on first need.
    const { readResult } = await import('./collector.js');
    const [result] = await (await (this.eslint ??= reportESLint(this.project))).lintText(text, { filePath: file });
    const read = result === undefined ? undefined : readResult(result);
    return read === undefined || profiles ? read : { counts: read.counts, role: read.role };
  }
}

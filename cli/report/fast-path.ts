/**
 * The report's fast path: a file read by lib/scanner/ instead of ESLint's parser, while the
 * project's configuration still decides whether the file counts and how it parses. A file the
 * scanner cannot be sure of, a parser it does not mimic, or a file with markers (whose
 * generated declarations need the syntax tree) or risky placeholder phrases (which count only in
 * a stub body) goes to ESLint instead (collector.ts).
 * test/cli/report-paths.test.ts holds both paths to the same counts.
 */
import fs from 'node:fs';
import type { Linter } from 'eslint';
import { FileFacts } from '../../lib/core/file-facts.js';
import { findGapsWithOptions, NO_COMMENT_GAP_DEFAULTS } from '../../lib/core/gaps.js';
import { headerToolBanner } from '../../lib/markers/regions.js';
import { importLines } from '../../lib/core/import-lines.js';
import { zeroedBytes } from '../../lib/util/tables.js';
import { fileCounts, type Counts } from './metrics.js';
import { scanSource, type ScanOptions } from '../../lib/scanner/scanner.js';
import type { ParserFamily } from '../../lib/scanner/words.js';
import type { AiCodeSettings } from '../../lib/eslint/settings.js';
import { lineBits, lineProfile } from './provenance/profile.js';
import type { LineProfile } from './provenance/split.js';
import { fileRole, type FileRole } from '../../lib/markers/file-role.js';

/** Counts from the scanner; `skip` for a file ESLint would not lint; `eslint` when only ESLint can count it. */
export type FastCount = Counts | 'skip' | 'eslint';

const TYPESCRIPT_EXTENSION = /\.[cm]?ts$/u;

interface NamedParser {
  readonly meta?: { readonly name?: string };
  readonly name?: string;
}

/** The scanner's parser family for a file's configuration, or undefined for anything else. */
function parserFamily(config: Linter.Config): ParserFamily | undefined {
  // JavaScript is the language whose default parser is espree; a processor changes the text.
  const language = config.language as { defaultLanguageOptions?: { parser?: NamedParser } } | undefined;
  if (config.processor !== undefined || language?.defaultLanguageOptions?.parser?.name !== 'espree') return undefined;
  const parser = config.languageOptions?.parser as NamedParser | undefined;
  // Parsers name themselves in `meta` (ESLint's convention) or, like espree, in `name`.
  const name = parser?.meta?.name ?? parser?.name;
  if (name === 'espree') return 'espree';
  if (name === 'typescript-eslint/parser' || name === '@typescript-eslint/parser') return 'typescript';
  return undefined;
}

// `.js` may hold JSX under either parser; the scanner gives way when it meets some.
const scanOptions = (file: string, parser: ParserFamily): ScanOptions => ({ parser, jsx: !TYPESCRIPT_EXTENSION.test(file) });

/** How the scanner reads `file` under `config`, or undefined where it cannot (another parser or language). */
export function scanOptionsFor(file: string, config: Linter.Config): ScanOptions | undefined {
  const parser = parserFamily(config);
  return parser === undefined ? undefined : scanOptions(file, parser);
}

/** Receives a counted file's line profile, for `--provenance`. */
export type ProfileSink = (profile: LineProfile) => void;

/** What a count hands back beside the counts, to whoever asks: the line profile and the file's role. */
export interface CountSinks {
  readonly profile?: ProfileSink;
  readonly role?: (role: FileRole) => void;
}

/**
 * A file's counts by the fast path; an unreadable file is left to ESLint, which reports it in its
 * own words. `projectPath` is the file's path as the rules see it (`pathUnder`).
 */
export function countFile(file: string, projectPath: string, options: ScanOptions, settings: AiCodeSettings, sinks: CountSinks = {}): FastCount {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return 'eslint';
  }
  return countSource(text, options, settings, projectPath, sinks);
}

/**
 * A file's counts from its text alone, once its configuration has given the scan options and
 * settings; its path (`pathUnder`) tells its role, which decides whether gaps are counted, as in
 * the rule; its line profile and role go to `sinks`.
 */
export function countSource(text: string, options: ScanOptions, settings: AiCodeSettings, projectPath: string, sinks: CountSinks = {}): FastCount {
  const source = scanSource(text, options);
  if (source === undefined) return 'eslint';
  const banner = headerToolBanner(source.comments, source.tokens[0]?.range[0] ?? Number.POSITIVE_INFINITY);
  if (banner !== undefined && settings.skipToolGenerated.includes(banner)) return 'skip';
  const facts = new FileFacts(source, { markerAliases: settings.markerAliases });
  if (settings.treatAsGenerated || facts.comments.some((fact) => fact.marker !== undefined)) return 'eslint';
  // A risky placeholder phrase (`TODO: implement`) counts only in a stub body, which needs the
  // syntax tree; one in an interface body never counts, as no code stands there (no body, no function).
  if (facts.comments.some((fact) => fact.placeholder === 'risky' && !source.inInterfaceBody.has(fact.comment))) return 'eslint';
  // Files with generated code went to ESLint above, so no line here is generated.
  const role = fileRole(projectPath, source);
  const judged = NO_COMMENT_GAP_DEFAULTS.fileRoles.includes(role);
  const sources = { imports: () => importLines(facts), generated: () => zeroedBytes(facts.lineCount + 1) };
  const gaps = judged ? findGapsWithOptions(facts, NO_COMMENT_GAP_DEFAULTS, sources) : [];
  const counts = fileCounts(facts, { gaps: gaps.length, undocumentedGenerated: 0, generatedLines: 0 });
  sinks.profile?.(lineProfile(lineBits(facts, undefined), gaps.map((gap) => gap.startLine), []));
  sinks.role?.(role);
  return counts;
}

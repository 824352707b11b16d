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

/** A file's counts by the fast path; an unreadable file is left to ESLint, which reports it in its own words. */
export function countFile(file: string, options: ScanOptions, settings: AiCodeSettings, onProfile?: ProfileSink): FastCount {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return 'eslint';
  }
  return countSource(text, options, settings, onProfile);
}

/**
 * A file's counts from its text alone, once its configuration has given the scan options and
 * settings; its line profile goes to `onProfile` when one is given.
 */
export function countSource(text: string, options: ScanOptions, settings: AiCodeSettings, onProfile?: ProfileSink): FastCount {
  const source = scanSource(text, options);
  if (source === undefined) return 'eslint';
  const banner = headerToolBanner(source.comments, source.tokens[0]?.range[0] ?? Number.POSITIVE_INFINITY);
  if (banner !== undefined && settings.skipToolGenerated.includes(banner)) return 'skip';
  const facts = new FileFacts(source, { markerAliases: settings.markerAliases });
  if (settings.treatAsGenerated || facts.comments.some((fact) => fact.marker !== undefined)) return 'eslint';
  // A risky placeholder phrase (`TODO: implement`) counts only in a stub body, which needs the syntax tree.
  if (facts.comments.some((fact) => fact.placeholder === 'risky')) return 'eslint';
  // Files with generated code went to ESLint above, so no line here is generated.
  const gaps = findGapsWithOptions(facts, NO_COMMENT_GAP_DEFAULTS, { imports: () => importLines(facts), generated: () => zeroedBytes(facts.lineCount + 1) });
  const counts = fileCounts(facts, { gaps: gaps.length, undocumentedGenerated: 0, generatedLines: 0 });
  onProfile?.(lineProfile(lineBits(facts, undefined), gaps.map((gap) => gap.startLine), []));
  return counts;
}

/**
 * FileFacts' line counts against cloc's on ~650 files nobody here wrote. cloc finds comments
 * with a regular expression that knows nothing of strings, template literals or regular
 * expressions, so the two may differ. A difference passes only when cloc itself withdraws
 * it: the test blanks out the comment markers that ESLint's tokens place inside literals,
 * has cloc count that copy too, and the copy must then agree with us exactly. A difference
 * that survives is ours to fix, never a tolerance to widen.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFiles, languageOptionsFor, projectRoot } from '../../../bench/corpus.js';
import { FileFacts } from '../../../lib/core/file-facts.js';
import type { FileSource } from '../../../lib/source/file-source.js';
import { sourceFromESLint } from '../../../lib/eslint/source-adapter.js';

interface Counts {
  readonly blank: number;
  readonly comment: number;
  readonly code: number;
}

/** One entry of `cloc --by-file --json`; the header and `SUM` entries have other shapes. */
interface ClocEntry extends Counts {
  readonly language?: string;
}

/** What cloc misreads, named by the ESLint token or comment type that holds it. */
const MISREADINGS = {
  String: 'string literals',
  Template: 'template literals',
  RegularExpression: 'regular expressions',
  JSXText: 'JSX text',
  Shebang: 'shebang line',
} as const;
type Misreading = keyof typeof MISREADINGS;

const LITERAL_TYPES = new Set<string>(['String', 'Template', 'RegularExpression', 'JSXText']);
const COMMENT_MARKER = /\/\/|\/\*|\*\//u;

/** A same-length replacement of `text.slice(start, end)` that hides one misreading from cloc. */
interface Rewrite {
  readonly misreading: Misreading;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A corpus file as both counters saw it; `copies` maps a copy's name to its file. */
interface Measured {
  readonly name: string;
  readonly file: string;
  readonly ours: Counts;
  readonly misreadings: readonly Misreading[];
  readonly copies: ReadonlyMap<string, string>;
}

// The copy without any of the file's misreadings; single-misreading copies use the type name.
const WITHOUT_ALL = 'all';

const IDENTICAL = Symbol('identical');
type Verdict = typeof IDENTICAL | { explanation: string } | { explanation?: undefined; problem: string };

const CLOC = path.join(projectRoot, 'node_modules', '.bin', 'cloc');

/**
 * Where cloc would start a false comment. Only slashes are rewritten, to `x`: that removes
 * every `//`, `/*` and `*\/` while keeping each line's length and its non-blank characters,
 * so no line can change class for any other reason. The neighbouring characters are part of
 * the test because `a*\/re\/` forms `*\/` across two tokens.
 */
function rewritesFor(source: FileSource): Rewrite[] {
  const { text, tokens, comments } = source;
  const rewrites: Rewrite[] = [];
  for (const { type, range } of tokens) {
    const [start, end] = range;
    if (!LITERAL_TYPES.has(type) || !COMMENT_MARKER.test(text.slice(Math.max(0, start - 1), end + 1))) continue;
    rewrites.push({ misreading: type as Misreading, start, end, text: text.slice(start, end).replaceAll('/', 'x') });
  }
  // cloc counts `#!` as code; as a `//` line it reads as the comment line it is for us.
  const first = comments[0];
  if (first?.type === 'Shebang' || first?.type === 'Hashbang') {
    rewrites.unshift({ misreading: 'Shebang', start: 0, end: 2, text: '//' });
  }
  return rewrites;
}

function applyRewrites(text: string, rewrites: readonly Rewrite[]): string {
  let result = '';
  let copied = 0;
  for (const { start, end, text: replacement } of rewrites) {
    result += text.slice(copied, start) + replacement;
    copied = end;
  }
  return result + text.slice(copied);
}

/**
 * The copies cloc must also count: one without every misreading, and, when a file has
 * several kinds, one without each kind alone, to tell which of them cloc tripped over.
 */
function copiesWithout(text: string, rewrites: readonly Rewrite[]): Map<string, string> {
  const copies = new Map<string, string>();
  if (rewrites.length === 0) return copies;
  copies.set(WITHOUT_ALL, applyRewrites(text, rewrites));
  const kinds = new Set(rewrites.map((rewrite) => rewrite.misreading));
  if (kinds.size > 1) {
    for (const kind of kinds) {
      copies.set(kind, applyRewrites(text, rewrites.filter((rewrite) => rewrite.misreading === kind)));
    }
  }
  return copies;
}

const same = (a: Counts, b: Counts): boolean => a.blank === b.blank && a.comment === b.comment && a.code === b.code;
const show = (counts: Counts): string => `blank ${counts.blank}, comment ${counts.comment}, code ${counts.code}`;

/**
 * Parses one corpus file with ESLint, counts its lines, and writes the copies cloc must count
 * to `workDir`. Returns the parse error instead when the file does not parse.
 */
function measure(linter: Linter, entry: ReturnType<typeof corpusFiles>[number], workDir: string): Measured | string {
  const name = path.relative(projectRoot, entry.file);
  const text = fs.readFileSync(entry.file, 'utf8');
  const config = {
    // A bare `**/*` matches no .ts file: ESLint wants one pattern that names the extension.
    files: ['**/*.js', '**/*.ts'],
    languageOptions: languageOptionsFor(entry),
    linterOptions: { reportUnusedDisableDirectives: 'off' as const },
  };
  // ESLint silently skips anything below node_modules, so it sees the path inside it.
  const messages = linter.verify(text, [config], entry.file.replace(/^.*[\\/]node_modules[\\/]/u, ''));
  const fatal = messages.find((message) => message.fatal);
  if (fatal !== undefined) return `${name}:${fatal.line}: ${fatal.message}`;
  // After a file ESLint skipped, getSourceCode() still returns the previous file's.
  const sourceCode = linter.getSourceCode();
  if (sourceCode?.text !== text.replace(/^\uFEFF/u, '')) {
    throw new Error(`ESLint did not lint ${name}: ${messages[0]?.message ?? 'no message'}`);
  }
  const source = sourceFromESLint(sourceCode as unknown as Parameters<typeof sourceFromESLint>[0]);
  const { blank, comment, code, mixed } = new FileFacts(source).lineCounts();
  const rewrites = rewritesFor(source);
  const copies = new Map<string, string>();
  const texts = copiesWithout(source.text, rewrites);
  const copyDir = texts.size > 0 ? fs.mkdtempSync(path.join(workDir, 'copy-')) : workDir;
  for (const [copy, copyText] of texts) {
    // Ending in the original name keeps the extension cloc picks its counter by.
    const copyFile = path.join(copyDir, `${copy}.${path.basename(entry.file)}`);
    fs.writeFileSync(copyFile, copyText);
    copies.set(copy, copyFile);
  }
  const misreadings = [...new Set(rewrites.map((rewrite) => rewrite.misreading))];
  return { name, file: entry.file, ours: { blank, comment, code: code + mixed }, misreadings, copies };
}

/** Runs cloc once over every listed file and returns its per-file counts by path. */
function runCloc(files: readonly string[], workDir: string): Map<string, ClocEntry> {
  const listFile = path.join(workDir, 'files.txt');
  fs.writeFileSync(listFile, `${files.join('\n')}\n`);
  const output = execFileSync(
    CLOC,
    [
      '--by-file',
      '--json',
      '--quiet',
      `--list-file=${listFile}`,
      // Identical files (several .d.ts are) would otherwise be counted once, under one name.
      '--skip-uniqueness',
      // cloc's default budget is one second per thousand lines; a busy CI machine can miss it.
      '--timeout=120',
      // Spelled out so that cloc's guessing (`.ts` may be Qt Linguist) cannot change a counter.
      '--force-lang=JavaScript,js',
      '--force-lang=TypeScript,ts',
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Map(Object.entries(JSON.parse(output) as Record<string, ClocEntry>));
}

/** Whether cloc agrees with our counts for a file, and if not, whether its misreadings account for that. */
function judge({ name, file, ours, misreadings, copies }: Measured, cloc: ReadonlyMap<string, ClocEntry>): Verdict {
  const original = cloc.get(file);
  const withoutAllFile = copies.get(WITHOUT_ALL);
  const withoutAll = withoutAllFile === undefined ? original : cloc.get(withoutAllFile);
  if (original === undefined || withoutAll === undefined) {
    return { problem: `${name}: cloc did not count it (timed out or taken for binary)` };
  }
  // The copy cloc reads correctly is the reference; matching the misread original instead,
  // when the two differ, would be a coincidence hiding a bug.
  if (!same(ours, withoutAll)) {
    const corrected = withoutAllFile === undefined ? '' : `; cloc without misread markers: ${show(withoutAll)}`;
    return { problem: `${name}: ours ${show(ours)}; cloc ${show(original)}${corrected}` };
  }
  if (same(ours, original)) return IDENTICAL;
  // Kinds whose removal alone moves cloc's counts; when only their sum does, all of them.
  const culprits = misreadings.filter((kind) => {
    const alone = copies.get(kind);
    const counted = alone === undefined ? withoutAll : cloc.get(alone);
    return counted !== undefined && !same(counted, original);
  });
  return { explanation: describeMisreadings(culprits.length > 0 ? culprits : misreadings) };
}

/** "comment markers in string literals + regular expressions", "shebang line", … */
function describeMisreadings(kinds: readonly Misreading[]): string {
  const markers = kinds.filter((kind) => kind !== 'Shebang').map((kind) => MISREADINGS[kind]);
  const parts: string[] = kinds.includes('Shebang') ? [MISREADINGS.Shebang] : [];
  if (markers.length > 0) parts.push(`comment markers in ${markers.join(' + ')}`);
  return parts.join(' + ');
}

describe('line counts agree with cloc on real code', () => {
  const measured: Measured[] = [];
  const unparsable: string[] = [];
  let cloc = new Map<string, ClocEntry>();
  let workDir = '';

  beforeAll(() => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloc-agreement-'));
    const linter = new Linter();
    for (const entry of corpusFiles()) {
      const result = measure(linter, entry, workDir);
      if (typeof result === 'string') unparsable.push(result);
      else measured.push(result);
    }
    // One cloc process for originals and copies alike: its start-up dominates small files.
    cloc = runCloc(
      measured.flatMap(({ file, copies }) => [file, ...copies.values()]),
      workDir,
    );
  });

  afterAll(() => {
    if (workDir !== '') fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('counts every corpus file that parses, with the counter for its language', () => {
    expect(unparsable).toEqual([]);
    expect(measured.length).toBeGreaterThanOrEqual(500);
    // A file cloc took for another language was read by other comment rules: no evidence.
    const wrongLanguage = measured
      .map(({ name, file }) => [name, cloc.get(file)?.language] as const)
      .filter(([name, language]) => language !== (name.endsWith('.ts') ? 'TypeScript' : 'JavaScript'));
    expect(wrongLanguage).toEqual([]);
  });

  it('differs from cloc only where cloc misreads the file', () => {
    const byExplanation = new Map<string, number>();
    const unexplained: string[] = [];
    let identical = 0;
    for (const file of measured) {
      const verdict = judge(file, cloc);
      if (verdict === IDENTICAL) identical++;
      else if (verdict.explanation === undefined) unexplained.push(verdict.problem);
      else byExplanation.set(verdict.explanation, (byExplanation.get(verdict.explanation) ?? 0) + 1);
    }

    // The release note quotes this line, so it is printed even when everything passes.
    const explained = [...byExplanation].sort(([, a], [, b]) => b - a).map(([label, count]) => `${count} ${label}`);
    console.log(
      `cloc agreement: ${measured.length} files, ${identical} identical, ${measured.length - identical} differ` +
        `${explained.length > 0 ? ` (${explained.join(', ')})` : ''}, ${unexplained.length} unexplained` +
        `${unparsable.length > 0 ? `, ${unparsable.length} unparsable skipped` : ''}`,
    );
    expect(unexplained, `line counts that cloc's misreadings do not explain:\n${unexplained.join('\n')}`).toEqual([]);
  });
});

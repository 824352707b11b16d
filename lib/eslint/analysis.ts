/**
 * What a rule needs to know about the file it is linting, beyond its own options: the shared
 * facts, the plugin's settings, whether a tool banner says to skip the file, and which code
 * is generated. Read lazily, so a rule pays only for what it asks.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { FileFacts } from '../core/file-facts.js';
import { headerToolBanner, inGeneratedRegion } from '../markers/regions.js';
import { LastFileCache } from '../util/last-file.js';
import { readSettings, type AiCodeSettings } from './settings.js';
import { contextValue } from './rule-context.js';
import type { FileSource } from '../source/file-source.js';
import { sourceFromESLint } from './source-adapter.js';
import { zeroedBytes } from '../util/tables.js';
import { nodeAt } from './node-at.js';

// The analysis of the file being linted, shared by every rule of the plugin that lints it.
const analysisCache = new LastFileCache<FileAnalysis>();

/**
 * The analysis of the file `context` lints: one object for all the plugin's rules on that file,
 * so that each rule's start on each file costs a lookup, not the settings, the language check
 * and the banner lookup again.
 */
export function fileAnalysis(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): FileAnalysis {
  const sourceCode = contextValue(context, 'sourceCode');
  const settings = contextValue(context, 'settings');
  const shared = analysisCache.for(sourceCode, () => new FileAnalysis(sourceCode, settings));
  // ESLint hands every rule on a file the same settings object; another one would be another configuration's.
  return shared.rawSettings === settings ? shared : new FileAnalysis(sourceCode, settings);
}

export class FileAnalysis {
  readonly settings: AiCodeSettings;
  private declarationRanges: (readonly [number, number])[] | undefined;
  private cachedFacts: FileFacts | undefined;
  private cachedSource: FileSource | undefined;
  private skipped: boolean | undefined;

  constructor(
    readonly sourceCode: Readonly<TSESLint.SourceCode>,
    /** `context.settings`, as the rules were given it. */
    readonly rawSettings: Readonly<Record<string, unknown>> | undefined,
  ) {
    this.settings = readSettings(rawSettings);
  }

  /**
   * The file as the core reads it, without analysing it: a rule that reads only the header (or
   * nothing when the file is fine) must not pay for FileFacts.
   */
  get source(): FileSource {
    this.cachedSource ??= sourceFromESLint(this.sourceCode);
    return this.cachedSource;
  }

  /** The file's facts, worked out on first use under this analysis's settings (its marker aliases). */
  get facts(): FileFacts {
    this.cachedFacts ??= new FileFacts(this.source, { markerAliases: this.settings.markerAliases });
    return this.cachedFacts;
  }

  /**
   * The file is not ours to judge: another ESLint language parsed it (a preset without
   * `files` reaches JSON or Markdown too, which have no JavaScript tokens), or it carries a
   * tool banner the settings say to skip (regenerated code).
   */
  get skipFile(): boolean {
    this.skipped ??= this.notOurs();
    return this.skipped;
  }

  private notOurs(): boolean {
    const { ast } = this.sourceCode as { ast?: { type?: string; tokens?: unknown } };
    if (ast?.type !== 'Program' || !Array.isArray(ast.tokens)) return true;
    const tokens = ast.tokens as readonly { range: [number, number] }[];
    const banner = headerToolBanner(this.sourceCode.getAllComments(), tokens[0]?.range[0] ?? Number.POSITIVE_INFINITY);
    return banner !== undefined && this.settings.skipToolGenerated.includes(banner);
  }

  /**
   * Any code in the file is generated: a marker or `treatAsGenerated` says so. Most files have
   * no marker at all, which a glance at the comments shows without resolving regions.
   */
  get hasGeneratedCode(): boolean {
    if (this.settings.treatAsGenerated) return true;
    if (!this.hasMarkers) return false;
    const { fileMarker, regions, declarations } = this.facts.generated;
    return fileMarker !== undefined || regions.length > 0 || declarations.size > 0;
  }

  /**
   * Any comment is a marker, well-formed or not: the only files marker checks need to read. Read
   * through the shared facts, so each comment is searched once however many rules ask, and only
   * in a file where some comment may hold one.
   */
  get hasMarkers(): boolean {
    const { facts } = this;
    return facts.mayHoldMarkers && facts.comments.some((fact) => fact.marker !== undefined);
  }

  /** The whole file is generated: by a header marker or by `treatAsGenerated`. */
  get wholeFileGenerated(): boolean {
    return this.settings.treatAsGenerated || this.facts.generated.fileMarker !== undefined;
  }

  /**
   * Ranges of the declarations that declaration markers mark: for each marked start offset,
   * the outermost node starting there (`export` wraps the function it exports).
   */
  get markedDeclarations(): readonly (readonly [number, number])[] {
    this.declarationRanges ??= [...this.facts.generated.declarations.keys()].map((start) => {
      let node = nodeAt(this.sourceCode, start);
      while (node?.parent !== undefined && node.parent.type !== 'Program' && node.parent.range[0] === start) node = node.parent;
      return node?.range ?? [start, start];
    });
    return this.declarationRanges;
  }

  /**
   * One flag per line (index = line number): 1 where the line is generated code, counting the
   * whole file, regions (marker lines included) and marked declarations. The gap rule and the
   * report both read generated code by lines, from this one place.
   */
  generatedLines(): Uint8Array {
    const facts = this.facts;
    const lines = zeroedBytes(facts.lineCount + 1);
    if (this.wholeFileGenerated) return lines.fill(1, 1);
    const ranges = [...facts.generated.regions.map((region) => [region.start, region.endOffset] as const), ...this.markedDeclarations];
    for (const [start, end] of ranges) lines.fill(1, facts.lineOf(start), facts.lineOf(end) + 1);
    return lines;
  }

  /** Whether code starting at `offset` is generated: the file, a region, or a marked declaration. */
  isGenerated(offset: number): boolean {
    if (this.wholeFileGenerated) return true;
    if (inGeneratedRegion(this.facts.generated, offset)) return true;
    return this.markedDeclarations.some(([from, to]) => from <= offset && offset < to);
  }
}

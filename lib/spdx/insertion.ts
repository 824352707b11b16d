/** The text of a licensing header to insert, and where it goes: `require-spdx-header`'s fixes. */
import type { SourceComment } from '../source/file-source.js';
import { checkExpression, type LicensePolicy } from './expression.js';
import { COPYRIGHT_TAG, LICENSE_TAG, type HeaderTag, type SpdxHeader } from './header.js';

/** The header the autofix inserts (the rule's `header` option). */
export interface HeaderTemplate {
  license: string;
  copyrightText?: string;
  style?: 'auto' | HeaderStyle;
}

/** Throws, naming the option, unless the template is a current, allowed, one-line header. */
export function validateTemplate(template: HeaderTemplate, policy: LicensePolicy): void {
  const check = template.license.trim() === '' ? undefined : checkExpression(template.license);
  if (check?.normalized === undefined || check.problems.length > 0) {
    throw new Error(`Invalid options: "header.license" '${template.license}' is not a valid, current SPDX license expression.`);
  }
  if (!policy.allows(check.normalized)) throw new Error(`Invalid options: "header.license" '${template.license}' is not in "allowed".`);
  if (template.copyrightText !== undefined && /[\r\n]|\*\//u.test(template.copyrightText)) {
    throw new Error(`Invalid options: "header.copyrightText" must be one line without '*/'.`);
  }
}

export type HeaderStyle = 'line' | 'block';

/** The header to insert, in the given comment style, lines joined with the file's line break. */
export function headerText(license: string, copyrightText: string | undefined, style: HeaderStyle, eol: string): string {
  const lines = [...(copyrightText === undefined ? [] : [`${COPYRIGHT_TAG} ${copyrightText}`]), `${LICENSE_TAG} ${license}`];
  if (style === 'line') return lines.map((line) => `// ${line}`).join(eol);
  return ['/*', ...lines.map((line) => ` * ${line}`), ' */'].join(eol);
}

/**
 * A template's header text per comment style and line break, rendered once per configuration:
 * the files of a project differ only in where the header goes.
 */
export class HeaderTexts {
  private readonly rendered = new Map<string, string>();

  constructor(readonly template: HeaderTemplate) {}

  get(style: HeaderStyle, eol: string): string {
    const key = style + eol;
    let text = this.rendered.get(key);
    if (text === undefined) {
      text = headerText(this.template.license, this.template.copyrightText, style, eol);
      this.rendered.set(key, text);
    }
    return text;
  }
}

/** The file's line break: that of its first line, `\n` for a one-line file. */
export function lineBreakOf(text: string): string {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

/** Where a header belongs: the top of the file, or the line after a shebang. */
export function headerOffset(text: string, shebang: SourceComment | undefined): number {
  if (shebang === undefined) return 0;
  const lineEnd = text.indexOf('\n', shebang.range[1]);
  return lineEnd === -1 ? text.length : lineEnd + 1;
}

/** An insertion into the file's text, for a fix or a suggestion. */
export interface Insertion {
  readonly at: number;
  readonly text: string;
}

/**
 * The insertion that makes the template's header open the file, followed by one blank line.
 * The comment style is the configured one, or (`auto`) that of the file's first header
 * comment, else of its first comment at all; `//` lines in a file without comments.
 */
export function headerInsertion(text: string, comments: readonly SourceComment[], header: SpdxHeader, texts: HeaderTexts): Insertion {
  const { template } = texts;
  const model = header.comments[0] ?? comments.find((comment) => comment.type === 'Line' || comment.type === 'Block');
  const auto = model?.type === 'Block' ? 'block' : 'line';
  const style = template.style === 'line' || template.style === 'block' ? template.style : auto;
  const eol = lineBreakOf(text);
  const lines = texts.get(style, eol);
  const at = headerOffset(text, header.shebang);
  // A file that is only a shebang line, with no final line break.
  if (header.shebang !== undefined && at === text.length && !text.endsWith('\n')) return { at, text: `${eol}${lines}${eol}` };
  return { at, text: `${lines}${eol}${at === text.length || startsWithBlankLine(text, at) ? '' : eol}` };
}

function startsWithBlankLine(text: string, at: number): boolean {
  return text.startsWith('\n', at) || text.startsWith('\r\n', at);
}

/**
 * The line to insert before a license tag to add a copyright notice in the same comment,
 * decorated like the tag's own line; a tag on a block comment's first line gets a comment of
 * its own instead, since `/*` cannot be repeated inside the block.
 */
export function copyrightInsertion(text: string, license: HeaderTag, copyrightText: string): Insertion {
  const lineStart = text.lastIndexOf('\n', license.tagStart - 1) + 1;
  const decoration = text.slice(lineStart, license.tagStart);
  const notice = `${COPYRIGHT_TAG} ${copyrightText}`;
  const closing = decoration.includes('/*') ? ' */' : '';
  return { at: lineStart, text: `${decoration}${notice}${closing}${lineBreakOf(text)}` };
}

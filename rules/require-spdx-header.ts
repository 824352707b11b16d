/**
 * require-spdx-header: every file opens with an SPDX license header whose expression is valid
 * SPDX and within the team's policy, and AI-generated code names the tool that wrote it. The
 * header reading and expression checks live in lib/spdx/. A file with a header tag costs a
 * read of its header comments (before the first token), once, with no node listeners; only a
 * file without one has its other comments searched for a misplaced tag.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { report } from '../lib/eslint/rule-context.js';
import { createRule } from '../lib/eslint/create-rule.js';
import type { FileSource } from '../lib/source/file-source.js';
import { misplacedLicenseTag, readSpdxHeader, type HeaderTag, type SpdxHeader } from '../lib/spdx/header.js';
import { checkExpression, LicensePolicy, type ExpressionProblemKind } from '../lib/spdx/expression.js';
import { copyrightInsertion, headerInsertion, headerOffset, HeaderTexts, validateTemplate, type HeaderTemplate, type Insertion } from '../lib/spdx/insertion.js';
import { unattributedCode } from '../lib/markers/attribution.js';
import { PerOptions } from '../lib/eslint/per-options.js';

export interface RequireSpdxHeaderOptions {
  allowed: string[];
  requireCopyright: boolean;
  requireAttribution: boolean;
  header?: HeaderTemplate;
}

export type MessageIds =
  | ExpressionProblemKind
  | 'missingLicense'
  | 'misplacedLicense'
  | 'emptyExpression'
  | 'deprecatedReplaced'
  | 'notAllowed'
  | 'missingCopyright'
  | 'missingAttribution'
  | 'addHeader'
  | 'addCopyright'
  | 'replace';

/** What a configuration's options make, once: the license policy and the header texts to insert. */
interface Configuration {
  readonly policy: LicensePolicy;
  readonly headerTexts: HeaderTexts | undefined;
}

// Index 0 is line 1, column 0 in every non-empty file: the missing header's report at the top,
// made on nearly every file of a repository without headers, needs no line lookup.
const FILE_START: TSESTree.Position = Object.freeze({ line: 1, column: 0 });
const AT_FILE_START: TSESTree.SourceLocation = Object.freeze({ start: FILE_START, end: FILE_START });

// The options are validated and their policy (with its cache of verdicts) and header texts made
// once per configuration: the allowed licences and the header are all they depend on.
const configurations = new PerOptions(
  (options: RequireSpdxHeaderOptions): Configuration => {
    const policy = new LicensePolicy(options.allowed);
    if (options.header !== undefined) validateTemplate(options.header, policy);
    return { policy, headerTexts: options.header === undefined ? undefined : new HeaderTexts(options.header) };
  },
  (options) => [options.allowed, options.header],
);

export default createRule<RequireSpdxHeaderOptions, MessageIds>({
  name: 'require-spdx-header',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require an SPDX license header with a valid, allowed license expression, and attribution for AI-generated code',
      // Which licenses a project uses, and whether it writes headers at all, is a team's choice.
      recommended: false,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowed: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Licenses a header may use: SPDX ids, "id+" ranges or "id WITH exception"; an expression passes if one of its OR choices uses only these. Empty allows any valid expression.',
          },
          // Copyright is optional in SPDX itself; REUSE requires it, so teams that follow REUSE turn it on.
          requireCopyright: {
            type: 'boolean',
            description: 'Require a copyright notice (SPDX-FileCopyrightText:, Copyright or ©) in the header.',
          },
          requireAttribution: {
            type: 'boolean',
            description: 'Require AI-generated files, regions and declarations to name their tool: tool= on the marker or SPDX-FileContributor: in the header.',
          },
          // Without a template there is nothing to insert, so the rule reports without fixing.
          header: {
            type: 'object',
            additionalProperties: false,
            required: ['license'],
            description: 'The header the autofix inserts into files that have no license header.',
            properties: {
              license: { type: 'string', description: 'License expression of the inserted header.' },
              copyrightText: { type: 'string', description: 'Copyright notice of the inserted header, after "SPDX-FileCopyrightText: ".' },
              style: {
                type: 'string',
                enum: ['auto', 'line', 'block'],
                description: 'Comment style of the inserted header: that of the file\'s first comment (auto), // lines, or a /* */ block.',
              },
            },
          },
        },
      },
    ],
    defaultOptions: [{ allowed: [], requireCopyright: false, requireAttribution: false }],
    // Each message names the offending text; replacements come as suggestions, never as fixes.
    messages: {
      missingLicense: "The file has no 'SPDX-License-Identifier:' tag in the comments before its first statement.",
      misplacedLicense: "This 'SPDX-License-Identifier:' tag comes after the first statement; move it into the comments above it.",
      emptyExpression: "'SPDX-License-Identifier:' is followed by no license expression.",
      unknownLicense: "'{{text}}' is not an SPDX license identifier.",
      unknownException: "'{{text}}' is not an SPDX license exception.",
      invalidLicenseRef: "'{{text}}' is not a valid license reference: only letters, digits, '.' and '-' may follow 'LicenseRef-'.",
      idCase: "'{{text}}' is spelled '{{replacement}}' in the SPDX license list.",
      operatorCase: "Write the operator '{{text}}' as '{{replacement}}'.",
      deprecated: "'{{text}}' is deprecated in the SPDX license list.",
      deprecatedReplaced: "'{{text}}' is deprecated in the SPDX license list; use '{{replacement}}'.",
      invalidExpression: "'{{text}}' is not a valid SPDX license expression.",
      notAllowed: "The license '{{text}}' is not allowed; allowed are {{allowed}}.",
      missingCopyright: "The header has no copyright notice ('SPDX-FileCopyrightText:', 'Copyright' or '©').",
      missingAttribution: "{{subject}} is marked as AI-generated but names no tool; add 'tool=' to the marker or 'SPDX-FileContributor:' to the header.",
      addHeader: "Add the header 'SPDX-License-Identifier: {{license}}'.",
      addCopyright: "Add 'SPDX-FileCopyrightText: {{text}}' to the header.",
      replace: "Replace '{{text}}' with '{{replacement}}'.",
    },
  },
  create(context, options, analysis) {
    const { policy, headerTexts } = configurations.of(options);
    const headerOption = options.header;
    const { sourceCode } = analysis;
    // Zero-byte files are exempt in REUSE too: there is nothing to license.
    if (sourceCode.text.length === 0) return {};
    // An empty range looks its position up once for both ends.
    const loc = (start: number, end: number): TSESTree.SourceLocation => {
      if (end === 0) return AT_FILE_START;
      const startPosition = sourceCode.getLocFromIndex(start);
      return { start: startPosition, end: start === end ? startPosition : sourceCode.getLocFromIndex(end) };
    };
    const insert =
      ({ at, text }: Insertion): TSESLint.ReportFixFunction =>
      (fixer) =>
        fixer.insertTextAfterRange([at, at], text);

    function checkLicense(tag: HeaderTag): void {
      if (tag.value === '') {
        report(context, { loc: loc(tag.tagStart, tag.tagEnd), messageId: 'emptyExpression' });
        return;
      }
      const { problems, normalized } = checkExpression(tag.value);
      for (const { kind, text, start, end, replacement } of problems) {
        const range: [number, number] = [tag.valueStart + start, tag.valueStart + end];
        const messageId = kind === 'deprecated' && replacement !== undefined ? 'deprecatedReplaced' : kind;
        const fix = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix => fixer.replaceTextRange(range, replacement!);
        const suggest = replacement === undefined ? [] : [{ messageId: 'replace' as const, data: { text, replacement }, fix }];
        report(context, { loc: loc(...range), messageId, data: { text, replacement: replacement ?? '' }, suggest });
      }
      if (normalized !== undefined && !policy.allows(normalized)) {
        const allowed = policy.allowed.map((id) => `'${id}'`).join(', ');
        report(context, { loc: loc(tag.valueStart, tag.valueEnd), messageId: 'notAllowed', data: { text: tag.value, allowed } });
      }
    }

    /**
     * Reports a missing license header. Without a configured header there is nothing to insert;
     * with one, it is a fix, or only a suggestion where a licence comment already heads the file.
     */
    function reportMissing(source: FileSource, header: SpdxHeader, firstToken: number): void {
      const at = headerOffset(source.text, header.shebang);
      const missing = { loc: loc(at, at), messageId: 'missingLicense' } as const;
      if (headerTexts === undefined) {
        report(context, missing);
        return;
      }
      const fix = insert(headerInsertion(source.text, source.comments, header, headerTexts));
      // An existing licence comment may say something else: adding ours is the user's call.
      if (hasLicenseText(header, firstToken)) report(context, { ...missing, suggest: [{ messageId: 'addHeader', data: { license: headerTexts.template.license }, fix }] });
      else report(context, { ...missing, fix });
    }

    /**
     * Whether a header comment is licence text. The licence kind is a header comment's leading
     * kind, read from its own text: the shared facts work it out for the header comments alone,
     * and keep it for the other rules.
     */
    function hasLicenseText(header: SpdxHeader, firstToken: number): boolean {
      // A file that opens with code has no header comment to read: its facts are not needed.
      if (header.shebang === undefined && header.comments.length === 0) return false;
      for (const fact of analysis.facts.comments) {
        if (fact.comment.range[1] > firstToken) return false;
        if (fact.leadingKind === 'license') return true;
      }
      return false;
    }

    function checkCopyright(header: SpdxHeader): void {
      if (!options.requireCopyright || header.copyrights.length > 0) return;
      const license = header.licenses[0]!;
      const text = headerOption?.copyrightText;
      const suggest = text === undefined ? [] : [{ messageId: 'addCopyright' as const, data: { text }, fix: insert(copyrightInsertion(sourceCode.text, license, text)) }];
      report(context, { loc: loc(license.tagStart, license.tagEnd), messageId: 'missingCopyright', suggest });
    }

    function checkAttribution(header: SpdxHeader): void {
      if (!options.requireAttribution || header.contributors.some((tag) => tag.value !== '')) return;
      for (const { marker, subject } of unattributedCode(analysis.facts.generated, analysis.settings.treatAsGenerated)) {
        // A file marked by configuration has no marker: the report goes to the license tag.
        const start = marker?.tag.start ?? header.licenses[0]?.tagStart ?? 0;
        const end = marker?.tag.end ?? header.licenses[0]?.tagEnd ?? 0;
        report(context, { loc: loc(start, end), messageId: 'missingAttribution', data: { subject } });
      }
    }

    /** No license tag in the header: one written too late, or none at all. */
    function reportAbsent(source: FileSource, header: SpdxHeader, firstToken: number): void {
      const late = misplacedLicenseTag(source, firstToken);
      if (late !== undefined) {
        // A second header on top would contradict the late one: moving it is left to the user.
        report(context, { loc: loc(late.tagStart, late.tagEnd), messageId: 'misplacedLicense' });
        return;
      }
      reportMissing(source, header, firstToken);
    }

    return {
      Program(): void {
        const { source } = analysis;
        const firstToken = source.tokens[0]?.range[0] ?? Number.POSITIVE_INFINITY;
        const header = readSpdxHeader(source.comments, firstToken);
        if (header.licenses.length === 0) reportAbsent(source, header, firstToken);
        for (const tag of header.licenses) checkLicense(tag);
        if (header.licenses.length > 0) checkCopyright(header);
        checkAttribution(header);
      },
    };
  },
});

/**
 * valid-generated-markers: the format check for generated-code markers. The grammar, its
 * fields and the region matching live in lib/markers/ (grammar.ts, fields.ts, regions.ts); this
 * rule turns their findings into messages, fixes where the intent is certain, and suggestions
 * elsewhere.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { report } from '../lib/eslint/rule-context.js';
import { createRule } from '../lib/eslint/create-rule.js';
import type { MarkerProblem } from '../lib/markers/regions.js';
import { KNOWN_FIELDS, nearestKnownField, type KnownField } from '../lib/markers/fields.js';
import type { Marker, MarkerForm } from '../lib/markers/grammar.js';

export interface ValidGeneratedMarkersOptions {
  requireFields: KnownField[];
}

export type MessageIds =
  | 'unclosed'
  | 'unopened'
  | 'nested'
  | 'mismatched'
  | 'empty'
  | 'duplicateFile'
  | 'dangling'
  | 'colonField'
  | 'unterminatedQuote'
  | 'unknownField'
  | 'renameField'
  | 'missingField'
  | 'tagCase';

// How a region opened in each form is closed, for messages that tell the reader what to write.
const CLOSING_TAG: Record<MarkerForm, string> = {
  tag: '@ai' + '-generated-end',
  'start-end': '@ai' + '-end',
  words: 'END AI-generated',
  'editor-region': '#endregion',
  'spdx-snippet': 'SPDX-SnippetEnd',
};

export default createRule<ValidGeneratedMarkersOptions, MessageIds>({
  name: 'valid-generated-markers',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require generated-code markers to be well-formed, balanced and attributed',
      recommended: true,
      // Markers exist only around generated code, so `generated-only` keeps this rule as it is.
      generatedCodeOnly: true,
      // `strict` requires attribution: every marker names the tool that wrote the code.
      strictOptions: { requireFields: ['tool'] },
    },
    fixable: 'code',
    hasSuggestions: true,
    // Only attribution is configurable: the grammar itself is fixed so that every tool reads
    // markers the same way (docs/markers.md).
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          requireFields: {
            type: 'array',
            items: { type: 'string', enum: [...KNOWN_FIELDS] },
            uniqueItems: true,
            description: 'Fields every file, region and declaration marker must carry, such as ["tool"] or ["tool", "reviewed-by"].',
          },
        },
      },
    ],
    defaultOptions: [{ requireFields: [] }],
    // Each message says what is wrong and what to write instead; line numbers point at the partner marker.
    messages: {
      unclosed: "This region of generated code is never closed; add '{{closing}}' after its last line.",
      unopened: "'{{tag}}' closes no open region of generated code.",
      nested: 'A region of generated code cannot open inside another one (opened on line {{line}}).',
      mismatched: "'{{tag}}' closes a region opened with '{{opening}}' on line {{line}}; close it with '{{closing}}'.",
      empty: 'This region of generated code contains no code.',
      duplicateFile: 'The file is already marked as generated on line {{line}}.',
      dangling: "'{{tag}}' marks the declaration right after it, but no declaration follows.",
      colonField: "Write marker fields as '{{key}}=value', not '{{key}}:value'.",
      unterminatedQuote: "The value of field '{{key}}' has no closing quote.",
      unknownField: "Unknown marker field '{{key}}'; the fields are {{known}}.",
      renameField: "Rename '{{key}}' to '{{suggestion}}'.",
      missingField: "This generated-code marker lacks the required field '{{key}}'.",
      tagCase: "Write the marker tag as '{{canonical}}'.",
    },
  },
  create(context, options, analysis) {
    const { sourceCode } = analysis;
    // Without a marker there is nothing to check, and no need for the full analysis.
    if (!analysis.hasMarkers) return {};

    const locOf = (start: number, end: number): TSESTree.SourceLocation => ({
      start: sourceCode.getLocFromIndex(start),
      end: sourceCode.getLocFromIndex(end),
    });
    const tagLoc = (marker: Marker): TSESTree.SourceLocation => locOf(marker.tag.start, marker.tag.end);
    const lineOf = (marker: Marker): number => sourceCode.getLocFromIndex(marker.tag.start).line;

    function reportRegionProblem(problem: MarkerProblem): void {
      const { marker } = problem;
      const data = { tag: marker.tag.text.trim(), closing: CLOSING_TAG[marker.form] };
      if (problem.kind === 'nested' || problem.kind === 'mismatched' || problem.kind === 'duplicateFile') {
        const other = problem.other;
        report(context, {
          loc: tagLoc(marker),
          messageId: problem.kind,
          data: { ...data, opening: other.tag.text.trim(), line: lineOf(other), closing: CLOSING_TAG[other.form] },
        });
        return;
      }
      report(context, { loc: tagLoc(marker), messageId: problem.kind, data });
    }

    function reportFieldProblems(marker: Marker): void {
      for (const problem of marker.fieldProblems) {
        // Each field problem underlines the whole `key=value` text.
        const loc = locOf(problem.start, problem.end);
        if (problem.kind === 'colon') {
          // `tool:claude` can only mean `tool=claude`: safe to fix.
          const fix = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix => fixer.replaceTextRange([problem.colonAt, problem.colonAt + 1], '=');
          report(context, { loc, messageId: 'colonField', data: { key: problem.key }, fix });
        } else if (problem.kind === 'unterminated') {
          // Where the value was meant to end cannot be known, so there is no fix.
          report(context, { loc, messageId: 'unterminatedQuote', data: { key: problem.key } });
        } else {
          // A typo is likely but not certain (`tol` may be a team's own key): suggest, do not fix.
          const suggestion = nearestKnownField(problem.key);
          report(context, {
            loc,
            messageId: 'unknownField',
            data: { key: problem.key, known: KNOWN_FIELDS.join(', ') },
            suggest:
              suggestion === undefined
                ? []
                : [
                    {
                      messageId: 'renameField',
                      data: { key: problem.key, suggestion },
                      fix: (fixer) => fixer.replaceTextRange([problem.start, problem.keyEnd], suggestion),
                    },
                  ],
          });
        }
      }
    }

    // Checks on one marker alone; balance and placement come from the resolved regions.
    function checkMarker(marker: Marker): void {
      if (marker.tag.text !== marker.tag.canonical) {
        report(context, {
          loc: tagLoc(marker),
          messageId: 'tagCase',
          data: { canonical: marker.tag.canonical },
          fix: (fixer) => fixer.replaceTextRange([marker.tag.start, marker.tag.end], marker.tag.canonical),
        });
      }
      reportFieldProblems(marker);
      // Attribution is asked of markers that mark code; an end marker only closes.
      if (marker.role === 'end') return;
      const present = new Set(marker.fields.map((field) => field.key));
      for (const key of options.requireFields) {
        if (!present.has(key)) report(context, { loc: tagLoc(marker), messageId: 'missingField', data: { key } });
      }
    }

    return {
      Program(): void {
        const { facts } = analysis;
        for (const fact of facts.comments) {
          if (fact.marker !== undefined) checkMarker(fact.marker);
        }
        for (const problem of facts.generated.problems) reportRegionProblem(problem);
      },
    };
  },
});

/**
 * candidateGroups reads only as much of each comment as it must (a run of prose needs no kind);
 * it must still group exactly as the definition does on fully classified comments.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateGroups } from '../../../lib/leftovers/commented-code.js';
import { LineKind, type CommentFact, type FileFacts } from '../../../lib/core/file-facts.js';
import { isJSDocBlock } from '../../../lib/source/comment-text.js';
import { factsOf } from '../../helpers/facts.js';

const JOINING = new Set(['commented-out-code', 'explanatory', 'narration']);

/**
 * The definition: comments that may join (not a JSDoc block, and of a joining kind) form
 * a group when they are `//` lines alone on consecutive lines, or each alone otherwise; a group
 * counts when it holds commented-out code.
 */
function definedGroups(facts: FileFacts): CommentFact[][] {
  const joins = (fact: CommentFact): boolean => !isJSDocBlock(fact.comment) && JOINING.has(fact.kind);
  const lone = (fact: CommentFact): boolean => fact.comment.type === 'Line' && (facts.lineKinds[fact.startLine]! & LineKind.code) === 0;
  const groups: CommentFact[][] = [];
  for (const fact of facts.comments) {
    if (!joins(fact)) {
      groups.push([]);
      continue;
    }
    // A lone line right below the last member of a group of lone lines extends it.
    const last = groups.at(-1)?.at(-1);
    const extends_ = last !== undefined && lone(fact) && lone(last) && last.endLine + 1 === fact.startLine;
    if (extends_) groups.at(-1)!.push(fact);
    else groups.push([fact]);
  }
  return groups.filter((group) => group.some((fact) => fact.kind === 'commented-out-code'));
}

// Code-shaped and prose lines, lines that end a group (directive, marker, placeholders), trailing
// comments, blocks of each style, and lines without comments between them.
const line = fc.oneof(
  fc.constantFrom('// run(task);', '// const total = sum(items);', '// }', '// Retry once: the cache may be cold.', '// Load the config', '// eslint-disable-next-line no-undef'),
  fc.constantFrom('// @ai-generated tool=x', '// TODO: implement', '// ... existing code ...', 'run(); // stop();', 'run(); // why not', '/* cleanup(); */', '/** docs(); */', '/*** banner(); */'),
  fc.constantFrom('', 'run();', 'var loaded = 1;'),
);

describe('candidateGroups', () => {
  it('groups as the definition does on fully classified comments', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), (lines) => {
        const text = lines.join('\n');
        const starts = (groups: readonly (readonly CommentFact[])[]): number[][] => groups.map((group) => group.map((fact) => fact.comment.range[0]));
        expect(starts(candidateGroups(factsOf(text)).map((group) => group.members))).toEqual(starts(definedGroups(factsOf(text))));
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { narrationWords } from '../../../lib/kinds/narration.js';

describe('narrationWords', () => {
  // Each of NARRATOR_OPENER's openers, in either case: an opener needs no name from the
  // statement (an empty list), where the same words read as a label would need some.
  it.each([
    'This will fetch the latest data',
    'this code parses the rows',
    'The following code builds the map',
    'the next block parses rows',
    'Below function adds totals',
    'below loop sums totals',
    'Here we parse the rows',
    'here code writes rows',
    'Now we parse the rows',
    'now we write output',
    'Step 2: parse the rows',
    'step 3 - write output',
    'Helper to sort ids',
    'helper function for parsing rows',
    'HELPER method that sorts ids',
  ])('a narrator opener: %s', (label) => {
    const words = narrationWords(label);
    expect(words).toBeDefined();
    expect([...words!]).toEqual([]);
    expect(words!.verbs).toEqual([]);
  });

  // The opener must open the label: later in it, the words are judged as a label's.
  it.each([
    ['Then this will fetch data', ['will']],
    ['Sorted helper to sort ids', ['Sorted', 'helper', 'ids']],
  ])('no opener: %s', (label, expected) => {
    expect([...narrationWords(label)!]).toEqual(expected);
  });
});

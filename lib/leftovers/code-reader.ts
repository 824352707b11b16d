/** What a parser makes of a candidate text. */
export interface CodeReader {
  /** Undefined when the text does not parse, else whether it is more than lone words, values or labels. */
  read(code: string): boolean | undefined;
  /** Whether a whole program (a candidate text in a slot's wrapper, see code-slots.ts) parses. */
  parses(program: string): boolean;
  /** `<` may open JSX: where it may not, espree also reads what this reader rejects that may hold JSX (see `fileReader`). */
  readonly readsJSX: boolean;
}

/**
 * `reader` keeping each answer it gave, for one file: commented-out code repeats itself (the
 * same call left in each of several retired blocks), and a text reads the same every time.
 */
export function remembering(reader: CodeReader): CodeReader {
  const reads = new Map<string, boolean | undefined>();
  const programs = new Map<string, boolean>();
  return {
    readsJSX: reader.readsJSX,
    read(code) {
      if (reads.has(code)) return reads.get(code);
      const verdict = reader.read(code);
      reads.set(code, verdict);
      return verdict;
    },
    parses(program) {
      let parses = programs.get(program);
      if (parses === undefined) {
        parses = reader.parses(program);
        programs.set(program, parses);
      }
      return parses;
    },
  };
}

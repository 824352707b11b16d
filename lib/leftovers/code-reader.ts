/** What a parser makes of a candidate text. */
export interface CodeReader {
  /** Undefined when the text does not parse, else whether it is more than lone words, values or labels. */
  read(code: string): boolean | undefined;
  /** Whether a whole program (a candidate text in a slot's wrapper, see code-slots.ts) parses. */
  parses(program: string): boolean;
  /** `<` may open JSX: when it may not, espree still gets a JSX-looking text this reader rejected. */
  readonly readsJSX: boolean;
}

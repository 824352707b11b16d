/**
 * Generated-code markers: what the marker rules must report (malformed, unbalanced or
 * unattributed markers; undocumented declarations in marked code), once per cause, and what
 * they must leave alone (local helpers inside a documented function, well-formed regions).
 */
export default {
  name: 'markers',
  rules: ['valid-generated-markers', 'no-undocumented-generated'],
  cases: [
    {
      id: 'mark-unclosed-region',
      kind: 'unclosed',
      lang: 'ts',
      expect: 1,
      code: `/** Sums the amounts of the rows. */
export function total(rows: Row[]): number {
  // @ai-generated-begin tool=copilot
  let sum = 0;
  for (const row of rows) sum += row.amount;
  return sum;
}
`,
    },
    {
      id: 'mark-unclosed-then-regions',
      kind: 'unclosed-recovery',
      lang: 'ts',
      expect: 1,
      code: `// @ai-generated-begin tool=claude
/** Adds two numbers. */
export const add = (a: number, b: number): number => a + b;

// @ai-generated-begin tool=claude
/** Subtracts b from a: negative when b is the larger. */
export const sub = (a: number, b: number): number => a - b;
// @ai-generated-end

// @ai-generated-begin tool=claude
/** Multiplies two numbers. */
export const mul = (a: number, b: number): number => a * b;
// @ai-generated-end
`,
    },
    {
      id: 'mark-misnested-forms',
      kind: 'mis-nested',
      lang: 'ts',
      expect: 1,
      code: `// BEGIN AI-generated tool=cursor
/** Lower-cases and dashes a title. */
export function slug(title: string): string {
  return title.toLowerCase().replace(/\\s+/g, '-');
}
// @ai-generated-end

// BEGIN AI-generated tool=cursor
/** Capitalises the first letter. */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
// END AI-generated
`,
    },
    {
      id: 'mark-stray-end',
      kind: 'stray-end',
      lang: 'ts',
      expect: 1,
      code: `/** Formats cents as a price. */
export function price(cents: number): string {
  return (cents / 100).toFixed(2);
}
// @ai-generated-end
`,
    },
    {
      id: 'mark-two-stray-ends-after-unclosed',
      kind: 'unclosed-recovery',
      lang: 'js',
      expect: 1,
      code: `// #region @ai-generated tool=copilot
/** Returns the first element. */
export const head = (list) => list[0];
// #region @ai-generated tool=copilot
/** Returns every element but the first. */
export const rest = (list) => list.slice(1);
// #endregion
`,
    },
    {
      id: 'mark-colon-field',
      kind: 'field-syntax',
      lang: 'ts',
      expect: 1,
      code: `// @ai-generated tool:claude
/** Resolves after ms; it never rejects, so callers need no catch. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
`,
    },
    {
      id: 'mark-unknown-key',
      kind: 'field-syntax',
      lang: 'ts',
      expect: 1,
      code: `// @ai-generated tool=claude reviewd-by=ana
/** Picks a random element. */
export const sample = <T,>(items: T[]): T => items[Math.floor(Math.random() * items.length)];
`,
    },
    {
      id: 'mark-wrong-case',
      kind: 'tag-case',
      lang: 'ts',
      expect: 1,
      code: `// @AI-Generated tool=copilot
/** Returns true for even numbers. */
export const isEven = (n: number): boolean => n % 2 === 0;
`,
    },
    {
      id: 'mark-empty-region',
      kind: 'empty-region',
      lang: 'ts',
      expect: 1,
      code: `/** Parses a port number. */
export function port(raw: string): number {
  // @ai-generated-begin tool=copilot
  // @ai-generated-end
  return Number.parseInt(raw, 10);
}
`,
    },
    {
      id: 'mark-undocumented-export',
      kind: 'undocumented',
      lang: 'ts',
      expect: 1,
      code: `// @ai-generated tool=claude
import { z } from 'zod';

/** Shape of a signup request. */
export const signupSchema = z.object({ email: z.string().email() });

export function parseSignup(input: unknown) {
  return signupSchema.parse(input);
}
`,
    },
    {
      id: 'mark-undocumented-method',
      kind: 'undocumented',
      lang: 'ts',
      expect: 1,
      code: `// @ai-generated tool=copilot
/** Keeps the last N values. */
export class Ring<T> {
  private items: T[] = [];
  private readonly size = 10;
  /** Adds a value, dropping the oldest when full. */
  push(value: T): void {
    this.items.push(value);
    if (this.items.length > this.size) this.items.shift();
  }
  values(): T[] {
    return [...this.items];
  }
}
`,
    },
    {
      id: 'mark-declaration-without-declaration',
      kind: 'dangling-declaration-marker',
      lang: 'ts',
      expect: 1,
      code: `/** Default page size for list endpoints. */
export const PAGE_SIZE = 20;

console.log('ready');
// @ai-generated tool=claude
`,
    },
    {
      id: 'mark-region-undocumented-fn',
      kind: 'undocumented',
      lang: 'ts',
      expect: 1,
      code: `// @ai-generated-begin tool=cursor
export function debounce<T extends (...args: never[]) => void>(fn: T, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: Parameters<T>) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
// @ai-generated-end
`,
    },
    {
      id: 'mark-ok-local-closure',
      kind: 'local-closure',
      lang: 'ts',
      expect: 0,
      code: `// @ai-generated tool=claude
/** Polls \`check\` until it returns true or the timeout passes. */
export function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
    const cancel = () => clearTimeout(timer);
    const tick = () => {
      if (check()) {
        cancel();
        resolve();
      } else setTimeout(tick, 50);
    };
    tick();
  });
}
`,
    },
    {
      id: 'mark-ok-local-function-declaration',
      kind: 'local-closure',
      lang: 'ts',
      expect: 0,
      code: `// @ai-generated tool=copilot
/** Flattens nested arrays of any depth into one array. */
export function flatten(input: unknown[]): unknown[] {
  const out: unknown[] = [];
  function visit(value: unknown): void {
    if (Array.isArray(value)) value.forEach(visit);
    else out.push(value);
  }
  visit(input);
  return out;
}
`,
    },
    {
      id: 'mark-ok-hook-handlers',
      kind: 'local-closure',
      lang: 'tsx',
      expect: 0,
      code: `// @ai-generated tool=cursor
/** Tracks whether the window is narrower than the breakpoint. */
export function useIsMobile(breakpoint = 768): boolean {
  const [mobile, setMobile] = useState(false);
  useEffect(() => {
    const onResize = () => setMobile(window.innerWidth < breakpoint);
    onResize();
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [breakpoint]);
  return mobile;
}
`,
    },
    {
      id: 'mark-ok-callbacks',
      kind: 'local-closure',
      lang: 'ts',
      expect: 0,
      code: `// @ai-generated tool=claude
/** Groups rows by a key, keeping the input order inside each group. */
export function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  const add = (row: T) => {
    const k = key(row);
    groups.set(k, [...(groups.get(k) ?? []), row]);
  };
  rows.forEach(add);
  return groups;
}
`,
    },
    {
      id: 'mark-ok-balanced-region',
      kind: 'well-formed',
      lang: 'ts',
      expect: 0,
      code: `/** Sums the amounts of the rows. */
export function total(rows: Row[]): number {
  // @ai-generated-begin tool=copilot
  let sum = 0;
  for (const row of rows) sum += row.amount;
  // @ai-generated-end
  return sum;
}
`,
    },
    {
      id: 'mark-ok-region-form',
      kind: 'well-formed',
      lang: 'js',
      expect: 0,
      code: `// #region @ai-generated tool=claude
/** Returns the last element, or undefined for an empty list. */
export const last = (list) => list[list.length - 1];
// #endregion
`,
    },
    {
      id: 'mark-ok-nested-editor-region',
      kind: 'well-formed',
      lang: 'ts',
      expect: 0,
      code: `// #region Helpers
// @ai-generated-begin tool=copilot
/** Rounds to two decimals. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;
// @ai-generated-end
// #endregion
`,
    },
    {
      id: 'mark-ok-documented-class',
      kind: 'well-formed',
      lang: 'ts',
      expect: 0,
      code: `// @ai-generated tool=claude reviewed-by=ana
/** In-memory store for feature flags, refreshed by the poller. */
export class FlagStore {
  private flags = new Map<string, boolean>();
  /** Whether the flag is on; unknown flags are off. */
  isOn(name: string): boolean {
    return this.flags.get(name) ?? false;
  }
}
`,
    },
    {
      id: 'mark-ok-prose-mentions-marker',
      kind: 'prose',
      lang: 'ts',
      expect: 0,
      code: `// Files with an @ai-generated-begin marker are reviewed by two people.
export const REVIEWERS_FOR_GENERATED = 2;
`,
    },
    {
      id: 'mark-ok-unmarked-file',
      kind: 'unmarked',
      lang: 'ts',
      expect: 0,
      code: `export function parsePort(raw: string): number {
  return Number.parseInt(raw, 10);
}
`,
    },
    {
      id: 'mark-ok-promise-executor',
      kind: 'local-closure',
      lang: 'ts',
      expect: 0,
      code: `// @ai-generated tool=copilot
/** Reads a file as text in the browser. */
export function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    const fail = () => reject(reader.error);
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = fail;
    reader.readAsText(file);
  });
}
`,
    },
    {
      id: 'mark-ok-inner-class-method-documented',
      kind: 'well-formed',
      lang: 'ts',
      expect: 0,
      code: `// @ai-generated tool=cursor
/** Counts events per minute. */
export class Meter {
  private count = 0;
  /** Records one event. */
  mark(): void {
    this.count++;
  }
}
`,
    },
  ],
};

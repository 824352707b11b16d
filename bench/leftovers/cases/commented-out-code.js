/**
 * Commented-out code as it appears in real files: whole statements, and the fragments that
 * only parse in their context (members, elements, list items, case clauses, JSX attributes,
 * unbalanced braces, chained calls); and prose that merely contains code words or introduces
 * an example. A group of adjacent line comments is one report.
 */
export default {
  name: 'commented-out-code',
  rules: ['no-commented-out-code'],
  cases: [
    {
      id: 'coc-class-member',
      kind: 'class-member',
      lang: 'ts',
      expect: 1,
      code: `export class Invoice {
  public id: string;
  // public notes: string;
  public total: number;
}
`,
    },
    {
      id: 'coc-readonly-member',
      kind: 'class-member',
      lang: 'ts',
      expect: 1,
      code: `export class Config {
  readonly host: string;
  // readonly port: number;
  constructor(host: string) {
    this.host = host;
  }
}
`,
    },
    {
      id: 'coc-interface-member',
      kind: 'interface-member',
      lang: 'ts',
      expect: 1,
      code: `export interface ChartProps {
  data: Point[];
  // height?: number;
  color: string;
}
`,
    },
    {
      id: 'coc-array-element',
      kind: 'array-element',
      lang: 'ts',
      expect: 1,
      code: `export const plugins = [
  react(),
  tsconfigPaths(),
  // visualizer({ open: true }),
];
`,
    },
    {
      id: 'coc-array-string-element',
      kind: 'array-element',
      lang: 'ts',
      expect: 1,
      code: `const locales = [
  'en',
  'de',
  // 'fr',
];
`,
    },
    {
      id: 'coc-import-item',
      kind: 'import-item',
      lang: 'ts',
      expect: 1,
      code: `import {
  Card,
  CardHeader,
  // CardFooter,
  CardTitle,
} from '@/components/ui/card';
`,
    },
    {
      id: 'coc-parameter',
      kind: 'parameter',
      lang: 'ts',
      expect: 1,
      code: `export function createServer(
  port: number,
  // host: string,
  onReady: () => void,
): Server {
  return listen(port, onReady);
}
`,
    },
    {
      id: 'coc-object-property',
      kind: 'object-property',
      lang: 'ts',
      expect: 1,
      code: `export default defineConfig({
  testDir: './e2e',
  // retries: 2,
  workers: 1,
});
`,
    },
    {
      id: 'coc-object-property-shorthand-method',
      kind: 'object-property',
      lang: 'js',
      expect: 1,
      code: `export const handlers = {
  onOpen,
  // onClose: () => socket.reconnect(),
  onMessage,
};
`,
    },
    {
      id: 'coc-case-clause',
      kind: 'case-clause',
      lang: 'ts',
      expect: 1,
      code: `export function label(status: Status): string {
  switch (status) {
    case 'open':
      return 'Open';
    // case 'archived':
    //   return 'Archived';
    default:
      return 'Closed';
  }
}
`,
    },
    {
      id: 'coc-jsx-attribute',
      kind: 'jsx-attribute',
      lang: 'tsx',
      expect: 1,
      code: `export function BirthdayPicker() {
  return (
    <DatePicker
      label="Birthday"
      // views={["year", "month"]}
      disableFuture
    />
  );
}
`,
    },
    {
      id: 'coc-jsx-element',
      kind: 'jsx-element',
      lang: 'tsx',
      expect: 1,
      code: `export function Footer() {
  return (
    <footer>
      <Copyright />
      {/* <SocialLinks links={links} /> */}
    </footer>
  );
}
`,
    },
    {
      id: 'coc-unbalanced-open',
      kind: 'unbalanced-brace',
      lang: 'js',
      expect: 1,
      code: `export function check(value) {
  // if (value == 42) {
  console.log('checking', value);
  return value > 0;
}
`,
    },
    {
      id: 'coc-unbalanced-close',
      kind: 'unbalanced-brace',
      lang: 'js',
      expect: 1,
      code: `export function tail(list) {
  const last = list.at(-1);
  // }
  return last;
}
`,
    },
    {
      id: 'coc-then-chain',
      kind: 'then-chain',
      lang: 'ts',
      expect: 1,
      code: `export function loadUser(id: string): Promise<User> {
  return api
    .get(\`/users/\${id}\`)
    // .then((response) => response.data)
    .then(toUser);
}
`,
    },
    {
      id: 'coc-statement-no-semicolon',
      kind: 'statement',
      lang: 'ts',
      expect: 1,
      code: `export async function seed(db: Db): Promise<void> {
  await db.insert(users).values(sampleUsers);
  // await db.insert(orders).values(sampleOrders)
}
`,
    },
    {
      id: 'coc-console-log',
      kind: 'statement',
      lang: 'ts',
      expect: 1,
      code: `export function applyDiscount(order: Order, code: string): Order {
  // console.log('applying discount', code, order);
  return { ...order, total: order.total * 0.9 };
}
`,
    },
    {
      id: 'coc-block-comment-fn',
      kind: 'block',
      lang: 'js',
      expect: 1,
      code: `/*
function legacyTotal(items) {
  return items.map((i) => i.price).reduce((a, b) => a + b, 0);
}
*/
export const total = (items) => items.reduce((sum, item) => sum + item.price, 0);
`,
    },
    {
      id: 'coc-prose-then-code',
      kind: 'prose-then-code',
      lang: 'ts',
      expect: 1,
      code: `export function start(app: App): void {
  // old approach
  // app.use(cors({ origin: '*' }));
  app.use(cors({ origin: allowedOrigins }));
}
`,
    },
    {
      id: 'coc-type-member',
      kind: 'interface-member',
      lang: 'ts',
      expect: 1,
      code: `export type Theme = {
  readonly primary: string;
  // readonly accent: string;
  readonly background: string;
};
`,
    },
    {
      id: 'coc-enum-member',
      kind: 'enum-member',
      lang: 'ts',
      expect: 1,
      code: `export enum Role {
  Admin = 'admin',
  Member = 'member',
  // Guest = 'guest',
}
`,
    },
    {
      id: 'coc-return-early',
      kind: 'statement',
      lang: 'ts',
      expect: 1,
      code: `export function visible(items: Item[], filter: string): Item[] {
  // if (!filter) return items;
  return items.filter((item) => item.name.includes(filter));
}
`,
    },
    {
      id: 'coc-jsx-prop-handler',
      kind: 'jsx-attribute',
      lang: 'tsx',
      expect: 1,
      code: `export function SaveButton({ onSave }: { onSave: () => void }) {
  return (
    <button
      type="button"
      // onClick={() => console.log('clicked')}
      onClick={onSave}
    >
      Save
    </button>
  );
}
`,
    },
    {
      id: 'coc-ok-eg-example',
      kind: 'prose-example',
      lang: 'ts',
      expect: 0,
      code: `// Accepts a key path, e.g. user.address.city
export function getPath(object: unknown, path: string): unknown {
  return path.split('.').reduce((value: any, key) => value?.[key], object);
}
`,
    },
    {
      id: 'coc-ok-example-colon',
      kind: 'prose-example',
      lang: 'ts',
      expect: 0,
      code: `// Example:
//   const limiter = createLimiter({ max: 10 });
//   await limiter.run(task);
export function createLimiter(options: LimiterOptions): Limiter {
  return new Limiter(options);
}
`,
    },
    {
      id: 'coc-ok-includes-some-code',
      kind: 'prose-example',
      lang: 'ts',
      expect: 0,
      code: `// Callers usually write the query like this:
// const rows = await db.select().from(users).where(eq(users.id, id));
export const db = drizzle(pool);
`,
    },
    {
      id: 'coc-ok-prose-with-code-words',
      kind: 'prose-code-words',
      lang: 'ts',
      expect: 0,
      code: `export function retry(task: () => Promise<void>): Promise<void> {
  // if the task throws, wait and try again, at most three times
  return withBackoff(task, 3);
}
`,
    },
    {
      id: 'coc-ok-return-prose',
      kind: 'prose-code-words',
      lang: 'ts',
      expect: 0,
      code: `export function lookup(key: string): string | undefined {
  // return early when the cache is cold, the caller falls back to the API
  return cache.get(key);
}
`,
    },
    {
      id: 'coc-ok-single-word',
      kind: 'label',
      lang: 'ts',
      expect: 0,
      code: `export const handlers = {
  // Deprecated
  legacyOpen: openV1,
  open: openV2,
};
`,
    },
    {
      id: 'coc-ok-todo',
      kind: 'todo',
      lang: 'ts',
      expect: 0,
      code: `export function render(view: View): string {
  // TODO: escape attribute values once templates take user input
  return view.template(view.data);
}
`,
    },
    {
      id: 'coc-ok-jsdoc-example',
      kind: 'jsdoc-example',
      lang: 'ts',
      expect: 0,
      code: `/**
 * Clamps a number into a range.
 * @example
 * clamp(12, 0, 10); // 10
 */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
`,
    },
    {
      id: 'coc-ok-path-url',
      kind: 'reference',
      lang: 'ts',
      expect: 0,
      code: `// See https://developer.mozilla.org/docs/Web/API/AbortController
export function timeoutSignal(ms: number): AbortSignal {
  return AbortSignal.timeout(ms);
}
`,
    },
    {
      id: 'coc-ok-formula',
      kind: 'math',
      lang: 'ts',
      expect: 0,
      code: `export function ema(previous: number, value: number, alpha: number): number {
  // ema = alpha * value + (1 - alpha) * previous
  return alpha * value + (1 - alpha) * previous;
}
`,
    },
    {
      id: 'coc-ok-usage-block',
      kind: 'prose-example',
      lang: 'js',
      expect: 0,
      code: `/*
 * Usage:
 *   node scripts/seed.js --users 100
 */
import { seed } from './seed-lib.js';
await seed(process.argv.slice(2));
`,
    },
    {
      id: 'coc-ok-type-shape',
      kind: 'prose-code-words',
      lang: 'ts',
      expect: 0,
      code: `export function parseHeader(raw: string): Header {
  // the header is key=value pairs separated by semicolons
  return Object.fromEntries(raw.split(';').map((pair) => pair.split('=')));
}
`,
    },
  ],
};

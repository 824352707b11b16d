/**
 * Stubs and deferrals: a comment that stands where code should be, or admits that the code
 * around it is not the real thing. `expect` is the number of reports the class's rules should
 * give (0: nothing to report).
 */
export default {
  name: 'stubs',
  rules: ['no-placeholder-comments'],
  cases: [
    {
      id: 'stub-todo-empty-fn',
      kind: 'todo-empty-body',
      lang: 'ts',
      expect: 1,
      code: `export async function syncInvoices(accountId: string): Promise<void> {
  // TODO: implement invoice sync with the billing provider
}
`,
    },
    {
      id: 'stub-todo-above-empty-fn',
      kind: 'todo-above-stub',
      lang: 'ts',
      expect: 1,
      code: `// TODO: Implement proper retry logic
export function withRetry<T>(task: () => Promise<T>): Promise<T> {
  return task();
}
`,
    },
    {
      id: 'stub-todo-log-only',
      kind: 'todo-log-only',
      lang: 'ts',
      expect: 1,
      code: `export function handleWebhook(event: WebhookEvent): void {
  // TODO: handle the webhook event
  console.log('Webhook received', event.type);
}
`,
    },
    {
      id: 'stub-todo-return-null',
      kind: 'todo-return-null',
      lang: 'ts',
      expect: 1,
      code: `export async function getUserPreferences(userId: string): Promise<Preferences | null> {
  // TODO: fetch preferences from the database
  return null;
}
`,
    },
    {
      id: 'stub-todo-return-constant',
      kind: 'todo-return-constant',
      lang: 'ts',
      expect: 1,
      code: `function estimateShippingCost(order: Order): number {
  // TODO: call the carrier API for a real quote
  return 9.99;
}
`,
    },
    {
      id: 'stub-throw-not-implemented',
      kind: 'throw-not-implemented',
      lang: 'ts',
      expect: 1,
      code: `export class S3Storage implements Storage {
  async delete(key: string): Promise<void> {
    // Not implemented yet
    throw new Error('Not implemented');
  }
}
`,
    },
    {
      id: 'stub-for-now-just',
      kind: 'for-now',
      lang: 'ts',
      expect: 1,
      code: `export function reportError(error: unknown): void {
  // For now, we just log the error to the console
  console.error(error);
}
`,
    },
    {
      id: 'stub-for-now-return-empty',
      kind: 'for-now',
      lang: 'ts',
      expect: 1,
      code: `export async function searchProducts(query: string): Promise<Product[]> {
  // For now, return an empty list until search is wired up
  return [];
}
`,
    },
    {
      id: 'stub-real-application',
      kind: 'in-a-real-app',
      lang: 'ts',
      expect: 1,
      code: `export async function sendPasswordReset(email: string): Promise<void> {
  // In a real application, you would send an email here
  console.log(\`Password reset requested for \${email}\`);
}
`,
    },
    {
      id: 'stub-production-would',
      kind: 'in-a-real-app',
      lang: 'ts',
      expect: 1,
      code: `export function verifyToken(token: string): boolean {
  // In production, this would verify the JWT signature
  return token.length > 0;
}
`,
    },
    {
      id: 'stub-adjust-as-needed',
      kind: 'adjust-as-needed',
      lang: 'ts',
      expect: 1,
      code: `export const rateLimit = {
  windowMs: 60_000,
  max: 100, // Adjust these values as needed
};
`,
    },
    {
      id: 'stub-replace-with-actual',
      kind: 'replace-with-actual',
      lang: 'ts',
      expect: 1,
      code: `const API_BASE_URL = 'https://api.example.com'; // Replace this with your actual API URL

export async function fetchOrders(): Promise<Order[]> {
  const response = await fetch(\`\${API_BASE_URL}/orders\`);
  return response.json();
}
`,
    },
    {
      id: 'stub-your-own-logic',
      kind: 'your-logic',
      lang: 'ts',
      expect: 1,
      code: `export function canAccess(user: User, resource: Resource): boolean {
  // You'll need to add your own authorization logic here
  return true;
}
`,
    },
    {
      id: 'stub-add-your-code-here',
      kind: 'your-code-here',
      lang: 'js',
      expect: 1,
      code: `export function onAppReady(app) {
  // Add your code here
}
`,
    },
    {
      id: 'stub-details-omitted',
      kind: 'omitted',
      lang: 'ts',
      expect: 1,
      code: `export function normalizeAddress(address: RawAddress): Address {
  // Implementation details omitted
  return address as Address;
}
`,
    },
    {
      id: 'stub-jsx-rest-of-component',
      kind: 'jsx-elision',
      lang: 'tsx',
      expect: 1,
      code: `export function SettingsPage({ user }: { user: User }) {
  return (
    <div className="settings">
      <h1>Settings</h1>
      {/* ... rest of the component ... */}
    </div>
  );
}
`,
    },
    {
      id: 'stub-jsx-other-fields',
      kind: 'jsx-elision',
      lang: 'tsx',
      expect: 1,
      code: `export function ProfileForm() {
  return (
    <form>
      <input name="name" />
      {/* Add other form fields here */}
      <button type="submit">Save</button>
    </form>
  );
}
`,
    },
    {
      id: 'stub-block-rest-of-impl',
      kind: 'block-elision',
      lang: 'ts',
      expect: 1,
      code: `export class QueueWorker {
  start(): void {
    this.running = true;
    /* rest of implementation */
  }
}
`,
    },
    {
      id: 'stub-block-existing-code',
      kind: 'block-elision',
      lang: 'js',
      expect: 1,
      code: `export function createRouter() {
  const router = express.Router();
  /* ... existing routes ... */
  return router;
}
`,
    },
    {
      id: 'stub-placeholder-impl',
      kind: 'placeholder-word',
      lang: 'ts',
      expect: 1,
      code: `export function calculateTax(amount: number, region: string): number {
  // Placeholder implementation
  return 0;
}
`,
    },
    {
      id: 'stub-simulate-api',
      kind: 'simulated',
      lang: 'ts',
      expect: 1,
      code: `export async function submitFeedback(feedback: Feedback): Promise<void> {
  // Simulate API call
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
`,
    },
    {
      id: 'stub-mock-data',
      kind: 'simulated',
      lang: 'ts',
      expect: 1,
      code: `export async function getDashboardStats(): Promise<Stats> {
  // Mock data for now
  return { users: 120, revenue: 4300, churn: 0.02 };
}
`,
    },
    {
      id: 'stub-todo-inside-catch',
      kind: 'todo-empty-body',
      lang: 'ts',
      expect: 1,
      code: `export async function loadConfig(): Promise<Config> {
  try {
    return await readConfigFile();
  } catch {
    // TODO: handle error
  }
  return defaultConfig;
}
`,
    },
    {
      id: 'stub-implement-later',
      kind: 'todo-empty-body',
      lang: 'ts',
      expect: 1,
      code: `export const analytics = {
  track(event: string, properties?: Record<string, unknown>): void {
    // Implement analytics tracking later
  },
};
`,
    },
    {
      id: 'stub-customize-as-needed',
      kind: 'adjust-as-needed',
      lang: 'ts',
      expect: 1,
      code: `export const theme = {
  primary: '#2563eb',
  secondary: '#64748b',
  // Customize colors as needed
};
`,
    },
    {
      id: 'stub-ok-todo-with-real-body',
      kind: 'todo-real-body',
      lang: 'ts',
      expect: 0,
      code: `export function parseDuration(input: string): number {
  // TODO: accept ISO 8601 durations once the importer sends them
  const match = /^(\\d+)(ms|s|m)$/.exec(input);
  if (!match) throw new RangeError(\`Bad duration: \${input}\`);
  const value = Number(match[1]);
  return match[2] === 'ms' ? value : match[2] === 's' ? value * 1000 : value * 60_000;
}
`,
    },
    {
      id: 'stub-ok-intentional-noop',
      kind: 'intentional-noop',
      lang: 'ts',
      expect: 0,
      code: `export const noopLogger: Logger = {
  // Intentionally empty: tests pass this logger to silence output.
  log() {},
};
`,
    },
    {
      id: 'stub-ok-catch-ignore-reason',
      kind: 'intentional-noop',
      lang: 'ts',
      expect: 0,
      code: `export function readCache(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    // Safari private mode throws on storage access; treat it as a cache miss.
    return null;
  }
}
`,
    },
    {
      id: 'stub-ok-return-null-reason',
      kind: 'documented-null',
      lang: 'ts',
      expect: 0,
      code: `export function findSession(token: string): Session | null {
  // Expired sessions are dropped by the sweeper, so a miss here is normal.
  return sessions.get(token) ?? null;
}
`,
    },
    {
      id: 'stub-ok-abstract-throw',
      kind: 'abstract-throw',
      lang: 'ts',
      expect: 0,
      code: `export class BaseExporter {
  /** Subclasses write the rows in their own format. */
  protected writeRows(_rows: Row[]): void {
    throw new Error('BaseExporter.writeRows must be overridden');
  }
}
`,
    },
    {
      id: 'stub-ok-for-now-reason',
      kind: 'for-now-with-reason',
      lang: 'ts',
      expect: 0,
      code: `export function maxUploadBytes(plan: Plan): number {
  // Every plan gets the same limit until storage is billed per plan (see #142).
  return 25 * 1024 * 1024;
}
`,
    },
    {
      id: 'stub-ok-test-mock',
      kind: 'test-double',
      lang: 'ts',
      expect: 0,
      code: `vi.mock('../mailer', () => ({
  // The mailer is replaced so tests never send real email.
  sendMail: vi.fn().mockResolvedValue({ accepted: ['a@example.com'] }),
}));
`,
    },
    {
      id: 'stub-ok-example-config',
      kind: 'example-value',
      lang: 'js',
      expect: 0,
      code: `export default {
  // Requests per minute per IP; the load test in docs/load.md shows 100 is safe.
  max: 100,
};
`,
    },
    {
      id: 'stub-ok-ellipsis-args',
      kind: 'bare-ellipsis',
      lang: 'ts',
      expect: 0,
      code: `/**
 * Joins class names, skipping falsy ones: \`cx('a', cond && 'b', ...)\`.
 */
export function cx(...names: Array<string | false | undefined>): string {
  return names.filter(Boolean).join(' ');
}
`,
    },
    {
      id: 'stub-ok-real-app-in-docs',
      kind: 'mention-in-explanation',
      lang: 'ts',
      expect: 0,
      code: `// The retry budget is shared across requests: in a burst, a real application would
// otherwise multiply load on an already failing upstream.
const retryBudget = new TokenBucket({ capacity: 10, refillPerSecond: 1 });
`,
    },
    {
      id: 'stub-ok-not-implemented-status',
      kind: 'http-501',
      lang: 'ts',
      expect: 0,
      code: `export function PATCH(): Response {
  // Partial updates are refused on purpose: clients must send the whole document.
  return new Response('Not implemented', { status: 501 });
}
`,
    },
    {
      id: 'stub-ok-jsx-explains',
      kind: 'jsx-explanation',
      lang: 'tsx',
      expect: 0,
      code: `export function Price({ cents }: { cents: number }) {
  return (
    <span>
      {/* Prices are stored in cents to avoid float rounding. */}
      {(cents / 100).toFixed(2)}
    </span>
  );
}
`,
    },
    {
      id: 'stub-ok-empty-handler-reason',
      kind: 'intentional-noop',
      lang: 'ts',
      expect: 0,
      code: `socket.on('error', () => {
  // Connection errors are followed by 'close', which schedules the reconnect.
});
`,
    },
  ],
};

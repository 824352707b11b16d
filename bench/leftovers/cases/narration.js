/**
 * Narration: a comment that says again, in words, what the code beside it says (the names in
 * other words, narrator openers, the name on a later line, JSDoc that only restates the name),
 * and comments that look alike but add a reason, unit, range, constraint or reference.
 */
export default {
  name: 'narration',
  rules: ['no-trivial-comments'],
  cases: [
    {
      id: 'narr-initialize-variable',
      kind: 'generic-restatement',
      lang: 'ts',
      expect: 1,
      code: `export function countActive(users: User[]): number {
  // Initialize variable
  let total = 0;
  for (const user of users) if (user.active) total++;
  return total;
}
`,
    },
    {
      id: 'narr-create-new-array',
      kind: 'generic-restatement',
      lang: 'ts',
      expect: 1,
      code: `export function collectIds(rows: Row[]): string[] {
  // Create new array
  const ids: string[] = [];
  for (const row of rows) ids.push(row.id);
  return ids;
}
`,
    },
    {
      id: 'narr-iterate-over-array',
      kind: 'generic-restatement',
      lang: 'ts',
      expect: 1,
      code: `export function renderAll(widgets: Widget[]): void {
  // Iterate over the array
  widgets.forEach((widget) => widget.render());
}
`,
    },
    {
      id: 'narr-import-module',
      kind: 'generic-restatement',
      lang: 'ts',
      expect: 1,
      code: `// Import the module
import { z } from 'zod';

export const schema = z.object({ name: z.string() });
`,
    },
    {
      id: 'narr-this-will',
      kind: 'narrator-opener',
      lang: 'ts',
      expect: 1,
      code: `export async function refresh(store: Store): Promise<void> {
  // This will fetch the latest data
  await store.fetchLatest();
}
`,
    },
    {
      id: 'narr-following-code',
      kind: 'narrator-opener',
      lang: 'ts',
      expect: 1,
      code: `export function mount(root: HTMLElement): void {
  // The following code sets up the event listeners
  root.addEventListener('click', onClick);
  root.addEventListener('keydown', onKeyDown);
}
`,
    },
    {
      id: 'narr-this-function-handles',
      kind: 'narrator-opener',
      lang: 'ts',
      expect: 1,
      code: `// This function handles the form submission
export async function handleSubmit(event: FormEvent): Promise<void> {
  event.preventDefault();
  await save(new FormData(event.currentTarget as HTMLFormElement));
}
`,
    },
    {
      id: 'narr-step-1',
      kind: 'narrator-opener',
      lang: 'ts',
      expect: 1,
      code: `export async function importCsv(file: File): Promise<void> {
  // Step 1: Parse the file
  const rows = await parseCsv(file);
  await saveRows(rows);
}
`,
    },
    {
      id: 'narr-first-then',
      kind: 'narrator-opener',
      lang: 'ts',
      expect: 1,
      code: `export async function publish(post: Post): Promise<void> {
  await validate(post);
  // Then, save the post
  await savePost(post);
}
`,
    },
    {
      id: 'narr-constructor-class',
      kind: 'name-on-later-line',
      lang: 'ts',
      expect: 1,
      code: `// Constructor for the User class
export class User {
  constructor(public readonly name: string) {}
}
`,
    },
    {
      id: 'narr-getter-for',
      kind: 'inflection-synonym',
      lang: 'ts',
      expect: 1,
      code: `export class Account {
  private balanceCents = 0;
  // Getter for balance
  get balance(): number {
    return this.balanceCents / 100;
  }
}
`,
    },
    {
      id: 'narr-return-success-response',
      kind: 'inflection-synonym',
      lang: 'ts',
      expect: 1,
      code: `export async function POST(request: Request): Promise<Response> {
  const result = await createOrder(await request.json());
  // Return successful response
  return NextResponse.json(result);
}
`,
    },
    {
      id: 'narr-handle-not-found',
      kind: 'inflection-synonym',
      lang: 'ts',
      expect: 1,
      code: `export function toResponse(error: unknown): Response {
  // Handle user not found errors
  if (error instanceof NotFoundError) {
    return new Response(null, { status: 404 });
  }
  return new Response(null, { status: 500 });
}
`,
    },
    {
      id: 'narr-move-half-open',
      kind: 'inflection-synonym',
      lang: 'ts',
      expect: 1,
      code: `export class CircuitBreaker {
  private state = CircuitState.CLOSED;
  private onTimeout(): void {
    // Move to half-open state
    this.state = CircuitState.HALF_OPEN;
  }
}
`,
    },
    {
      id: 'narr-check-if-valid',
      kind: 'inflection-synonym',
      lang: 'ts',
      expect: 1,
      code: `export function submit(form: SignupForm): void {
  // Check if the form is valid
  if (!form.isValid()) return;
  form.send();
}
`,
    },
    {
      id: 'narr-loop-through-items',
      kind: 'generic-restatement',
      lang: 'js',
      expect: 1,
      code: `export function sum(items) {
  let total = 0;
  // Loop through items
  for (const item of items) {
    total += item.price;
  }
  return total;
}
`,
    },
    {
      id: 'narr-set-loading',
      kind: 'generic-restatement',
      lang: 'tsx',
      expect: 1,
      code: `export function useSave() {
  const [loading, setLoading] = useState(false);
  const save = async (data: Draft) => {
    // Set loading to true
    setLoading(true);
    await api.save(data);
    setLoading(false);
  };
  return { loading, save };
}
`,
    },
    {
      id: 'narr-trailing-increment',
      kind: 'generic-restatement',
      lang: 'ts',
      expect: 1,
      code: `export function nextAttempt(state: RetryState): void {
  state.attempts++; // Increment attempts
}
`,
    },
    {
      id: 'narr-jsdoc-user-id',
      kind: 'jsdoc-restates-name',
      lang: 'ts',
      expect: 1,
      code: `export interface Session {
  /** The user id. */
  userId: string;
  expiresAt: number;
}
`,
    },
    {
      id: 'narr-jsdoc-on-success',
      kind: 'jsdoc-restates-name',
      lang: 'ts',
      expect: 1,
      code: `export class Breaker {
  private failures = 0;
  /** Handle successful execution */
  onSuccess(): void {
    this.failures = 0;
  }
}
`,
    },
    {
      id: 'narr-jsdoc-gets-user-by-id',
      kind: 'jsdoc-restates-name',
      lang: 'ts',
      expect: 1,
      code: `/**
 * Gets the user by id.
 */
export function getUserById(id: string): User | undefined {
  return users.get(id);
}
`,
    },
    {
      id: 'narr-jsdoc-props-interface',
      kind: 'jsdoc-restates-name',
      lang: 'tsx',
      expect: 1,
      code: `/** Props for the Button component */
export interface ButtonProps {
  label: string;
  onClick: () => void;
}
`,
    },
    {
      id: 'narr-jsdoc-constructor',
      kind: 'jsdoc-restates-name',
      lang: 'ts',
      expect: 1,
      code: `export class RateLimiter {
  /**
   * Creates a new RateLimiter.
   */
  constructor(private readonly limit: number) {}
}
`,
    },
    {
      id: 'narr-jsx-render-list',
      kind: 'generic-restatement',
      lang: 'tsx',
      expect: 1,
      code: `export function TodoList({ todos }: { todos: Todo[] }) {
  return (
    <ul>
      {/* Render the todo items */}
      {todos.map((todo) => <TodoItem key={todo.id} todo={todo} />)}
    </ul>
  );
}
`,
    },
    {
      id: 'narr-helper-function-to',
      kind: 'narrator-opener',
      lang: 'ts',
      expect: 1,
      code: `// Helper function to format the date
function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB');
}
`,
    },
    {
      id: 'narr-ok-section-ruler',
      kind: 'section-ruler',
      lang: 'ts',
      expect: 0,
      code: `// ── Done ──────────────────────────────────────────
export function done(task: Task): void {
  task.status = 'done';
}
`,
    },
    {
      id: 'narr-ok-section-title',
      kind: 'section-ruler',
      lang: 'ts',
      expect: 0,
      code: `// ============================================================
// Validation
// ============================================================
export function validate(input: Input): Result {
  return schema.safeParse(input);
}
`,
    },
    {
      id: 'narr-ok-trailing-range',
      kind: 'range-unit',
      lang: 'ts',
      expect: 0,
      code: `export interface Fade {
  opacity: number; // 0 to 1
  duration: number; // ms
}
`,
    },
    {
      id: 'narr-ok-unit',
      kind: 'range-unit',
      lang: 'ts',
      expect: 0,
      code: `export function scheduleCleanup(): void {
  // Every six hours, in milliseconds
  setInterval(cleanup, 6 * 60 * 60 * 1000);
}
`,
    },
    {
      id: 'narr-ok-reason',
      kind: 'reason',
      lang: 'ts',
      expect: 0,
      code: `export function initCounter(): Counter {
  // Start at 1 because the server reserves 0 for anonymous sessions
  let next = 1;
  return { take: () => next++ };
}
`,
    },
    {
      id: 'narr-ok-constraint',
      kind: 'constraint',
      lang: 'ts',
      expect: 0,
      code: `export function setQuality(image: Encoder, quality: number): void {
  // Must stay below 95 or the encoder doubles the file size
  image.quality = Math.min(quality, 94);
}
`,
    },
    {
      id: 'narr-ok-reference',
      kind: 'reference',
      lang: 'ts',
      expect: 0,
      code: `export function luhnValid(digits: string): boolean {
  // Luhn checksum, ISO/IEC 7812-1 annex B
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += luhnDigit(digits, i);
  return sum % 10 === 0;
}
`,
    },
    {
      id: 'narr-ok-jsdoc-informative',
      kind: 'jsdoc-informative',
      lang: 'ts',
      expect: 0,
      code: `export interface Session {
  /** Opaque id from the auth provider; never shown to the user. */
  userId: string;
}
`,
    },
    {
      id: 'narr-ok-jsdoc-why',
      kind: 'jsdoc-informative',
      lang: 'ts',
      expect: 0,
      code: `/**
 * Looks the user up in the local cache first, falling back to the API on a miss.
 */
export async function getUserById(id: string): Promise<User> {
  return cache.get(id) ?? api.fetchUser(id);
}
`,
    },
    {
      id: 'narr-ok-business-rule',
      kind: 'reason',
      lang: 'ts',
      expect: 0,
      code: `export function dueDate(issued: Date): Date {
  // Customers get one day of grace before a reminder goes out
  return addDays(issued, 31);
}
`,
    },
    {
      id: 'narr-ok-browser-quirk',
      kind: 'reference',
      lang: 'ts',
      expect: 0,
      code: `export function forceLayer(element: HTMLElement): void {
  // Safari drops the animation without its own compositing layer (WebKit bug 218491)
  element.style.transform = 'translateZ(0)';
}
`,
    },
    {
      id: 'narr-ok-eslint-directive',
      kind: 'directive',
      lang: 'ts',
      expect: 0,
      code: `export function debug(message: string): void {
  // eslint-disable-next-line no-console
  console.log(message);
}
`,
    },
    {
      id: 'narr-ok-label-of-group',
      kind: 'group-label',
      lang: 'ts',
      expect: 0,
      code: `export const limits = {
  // Free plan
  freeProjects: 3,
  freeMembers: 5,
  // Team plan
  teamProjects: 50,
  teamMembers: 100,
};
`,
    },
    {
      id: 'narr-ok-jsdoc-throws',
      kind: 'jsdoc-contract',
      lang: 'ts',
      expect: 0,
      code: `export class PaymentErrors {
  /**
   * Handle gateway errors
   * @param error - The error from the gateway
   * @returns Never (always throws)
   * @throws {CardDeclinedError} When the issuer refuses the charge
   */
  handleGatewayError(error: unknown): never {
    throw toPaymentError(error);
  }
}
`,
    },
    {
      id: 'narr-ok-jsdoc-range',
      kind: 'jsdoc-contract',
      lang: 'ts',
      expect: 0,
      code: `/**
 * Calculate the match score
 * @returns Match score from 0 to 100, or -1 when either profile is empty
 */
export function calculateMatchScore(a: Profile, b: Profile): number {
  return a.tags.length === 0 || b.tags.length === 0 ? -1 : overlap(a.tags, b.tags);
}
`,
    },
    {
      id: 'narr-jsdoc-params-only',
      kind: 'jsdoc-restates-name',
      lang: 'ts',
      expect: 1,
      code: `/**
 * Get the order total
 * @param order - The order
 * @returns The order total
 */
export function getOrderTotal(order: Order): number {
  return order.lines.reduce((sum, line) => sum + line.price, 0);
}
`,
    },
    {
      id: 'narr-ok-jsx-section-heading',
      kind: 'section-heading',
      lang: 'tsx',
      expect: 0,
      code: `export function AccountPage({ user, onDeleteAccount }: AccountPageProps) {
  return (
    <main>
      {/* Account */}
      {onDeleteAccount && (
        <ul className="account">
          <li>Name</li>
          <li>Email</li>
          <li>Plan</li>
          <li>Billing</li>
          <li>Seats</li>
          <li>Invoices</li>
          <li>Usage</li>
          <li>Support</li>
        </ul>
      )}
    </main>
  );
}
`,
    },
    {
      id: 'narr-jsx-element-label',
      kind: 'generic-restatement',
      lang: 'tsx',
      expect: 1,
      code: `export function Page({ children }: PageProps) {
  return (
    <div>
      {children}
      {/* Footer */}
      <footer className="page-footer">
        <Links />
      </footer>
    </div>
  );
}
`,
    },
    {
      id: 'narr-ok-helper-qualified',
      kind: 'reason',
      lang: 'ts',
      expect: 0,
      code: `// Helper to build the room key from both user ids (order-independent)
export function roomKey(userA: string, userB: string): string {
  return [userA, userB].sort().join(':');
}
`,
    },
  ],
};

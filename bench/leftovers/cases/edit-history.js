/**
 * Edit history: a comment that narrates the change that was made (what was removed, changed,
 * fixed or moved) instead of the code as it stands, the trace of chat-driven editing.
 * no-edit-history-comments reports it.
 */
export default {
  name: 'edit-history',
  rules: ['no-edit-history-comments'],
  cases: [
    {
      id: 'edit-removed-tracking',
      kind: 'removed',
      lang: 'ts',
      expect: 1,
      code: `export function onCheckout(cart: Cart): void {
  // Removed fake event tracking
  router.push('/checkout/confirm');
}
`,
    },
    {
      id: 'edit-remove-runtime-setting',
      kind: 'removed',
      lang: 'ts',
      expect: 1,
      code: `// Remove explicit runtime setting - let Vercel auto-detect
export const dynamic = 'force-dynamic';
`,
    },
    {
      id: 'edit-removed-unused-import',
      kind: 'removed',
      lang: 'ts',
      expect: 1,
      code: `import { useState } from 'react';
// Removed unused useEffect import
import { Button } from '@/components/ui/button';
`,
    },
    {
      id: 'edit-changed-to',
      kind: 'changed-to',
      lang: 'ts',
      expect: 1,
      code: `export const config = {
  timeout: 30_000, // Changed from 10s to 30s
};
`,
    },
    {
      id: 'edit-changed-to-const',
      kind: 'changed-to',
      lang: 'ts',
      expect: 1,
      code: `export function totalWeight(items: Item[]): number {
  // Changed to use reduce instead of a for loop
  return items.reduce((sum, item) => sum + item.weight, 0);
}
`,
    },
    {
      id: 'edit-updated-to-use',
      kind: 'updated-to-use',
      lang: 'ts',
      expect: 1,
      code: `export async function getProfile(id: string): Promise<Profile> {
  // Updated to use the new v2 endpoint
  const response = await api.get(\`/v2/profiles/\${id}\`);
  return response.data;
}
`,
    },
    {
      id: 'edit-now-uses',
      kind: 'now-uses',
      lang: 'ts',
      expect: 1,
      code: `// Now uses the shared query client instead of creating one per request
export const queryClient = getQueryClient();
`,
    },
    {
      id: 'edit-now-returns',
      kind: 'now-uses',
      lang: 'ts',
      expect: 1,
      code: `export function parseAmount(input: string): number | undefined {
  const value = Number.parseFloat(input);
  // Now returns undefined instead of NaN
  return Number.isNaN(value) ? undefined : value;
}
`,
    },
    {
      id: 'edit-fixed-colon',
      kind: 'fixed',
      lang: 'ts',
      expect: 1,
      code: `export function formatDate(date: Date): string {
  // Fixed: use UTC to avoid timezone shift
  return date.toISOString().slice(0, 10);
}
`,
    },
    {
      id: 'edit-fix-applied',
      kind: 'fixed',
      lang: 'tsx',
      expect: 1,
      code: `export function Modal({ open, children }: ModalProps) {
  // FIX: added missing key prop
  return open ? <div key="modal" className="modal">{children}</div> : null;
}
`,
    },
    {
      id: 'edit-deprecated-automatic',
      kind: 'deprecated-automatic',
      lang: 'ts',
      expect: 1,
      code: `export class SessionStore {
  // Deprecated: session cleanup now happens automatically
  get size(): number {
    return this.sessions.size;
  }
}
`,
    },
    {
      id: 'edit-no-longer-needed',
      kind: 'no-longer',
      lang: 'ts',
      expect: 1,
      code: `export async function bootstrap(): Promise<void> {
  // No longer need to initialize the cache here
  await connectDatabase();
}
`,
    },
    {
      id: 'edit-moved-to',
      kind: 'moved',
      lang: 'ts',
      expect: 1,
      code: `// Helper functions moved to utils/format.ts
export { formatCurrency, formatPercent } from './utils/format';
`,
    },
    {
      id: 'edit-replaced-with',
      kind: 'replaced',
      lang: 'ts',
      expect: 1,
      code: `export function uniqueIds(ids: string[]): string[] {
  // Replaced lodash uniq with native Set
  return [...new Set(ids)];
}
`,
    },
    {
      id: 'edit-added-null-check',
      kind: 'added',
      lang: 'ts',
      expect: 1,
      code: `export function displayName(user?: User): string {
  // Added null check
  if (!user) return 'Guest';
  return user.name;
}
`,
    },
    {
      id: 'edit-simplified',
      kind: 'refactored',
      lang: 'ts',
      expect: 1,
      code: `// Simplified - removed the redundant wrapper function
export const isAdmin = (user: User): boolean => user.role === 'admin';
`,
    },
    {
      id: 'edit-refactored-to',
      kind: 'refactored',
      lang: 'ts',
      expect: 1,
      code: `export class PaymentService {
  // Refactored to async/await
  async charge(amount: number): Promise<Receipt> {
    return this.gateway.charge(amount);
  }
}
`,
    },
    {
      id: 'edit-was-previously',
      kind: 'previously',
      lang: 'ts',
      expect: 1,
      code: `export const MAX_RESULTS = 50; // was 20, increased per user request
`,
    },
    {
      id: 'edit-instead-of-before',
      kind: 'previously',
      lang: 'ts',
      expect: 1,
      code: `export function buildUrl(path: string): string {
  // Using URL constructor now instead of string concatenation
  return new URL(path, baseUrl).toString();
}
`,
    },
    {
      id: 'edit-jsx-removed',
      kind: 'removed',
      lang: 'tsx',
      expect: 1,
      code: `export function Header() {
  return (
    <header>
      <Logo />
      {/* Removed the search bar as requested */}
      <UserMenu />
    </header>
  );
}
`,
    },
    {
      id: 'edit-keep-as-is',
      kind: 'unchanged',
      lang: 'ts',
      expect: 1,
      code: `export function slugify(title: string): string {
  // Kept the original regex unchanged
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
`,
    },
    {
      id: 'edit-updated-colon',
      kind: 'updated-to-use',
      lang: 'ts',
      expect: 1,
      code: `export const routes = {
  // UPDATED: renamed from /profile to /account
  account: '/account',
};
`,
    },
    {
      id: 'edit-switched-to',
      kind: 'changed-to',
      lang: 'js',
      expect: 1,
      code: `// Switched to the built-in fetch, axios is no longer used
export async function getJson(url) {
  const response = await fetch(url);
  return response.json();
}
`,
    },
    {
      id: 'edit-ok-removes-domain',
      kind: 'domain-verb',
      lang: 'ts',
      expect: 0,
      code: `export function pruneExpired(entries: Map<string, Entry>, now: number): void {
  // Removes entries whose TTL has passed; callers hold the lock.
  for (const [key, entry] of entries) if (entry.expiresAt <= now) entries.delete(key);
}
`,
    },
    {
      id: 'edit-ok-deprecated-jsdoc',
      kind: 'deprecated-tag',
      lang: 'ts',
      expect: 0,
      code: `/**
 * @deprecated Use {@link createClient} instead; this one ignores the timeout option.
 */
export function makeClient(options: ClientOptions): Client {
  return createClient(options);
}
`,
    },
    {
      id: 'edit-ok-changed-event',
      kind: 'domain-verb',
      lang: 'ts',
      expect: 0,
      code: `// Fired after the user changed their email, before the confirmation mail is sent.
export const EMAIL_CHANGED = 'user.email-changed';
`,
    },
    {
      id: 'edit-ok-now-time',
      kind: 'now-as-time',
      lang: 'ts',
      expect: 0,
      code: `export function isExpired(token: Token): boolean {
  // Tokens expire at the start of the second, so "now" is rounded down.
  return token.expiresAt <= Math.floor(Date.now() / 1000);
}
`,
    },
    {
      id: 'edit-ok-fixed-point',
      kind: 'domain-word',
      lang: 'ts',
      expect: 0,
      code: `// Fixed-point amounts: 2 decimal places, stored as integers.
export type Cents = number;
`,
    },
    {
      id: 'edit-ok-backwards-compat',
      kind: 'compatibility-reason',
      lang: 'ts',
      expect: 0,
      code: `export function readSettings(raw: unknown): Settings {
  // Settings saved before 2.0 used \`darkMode\`; read it so old installs keep their theme.
  const legacy = (raw as { darkMode?: boolean }).darkMode;
  return { ...defaults, ...(raw as Settings), theme: legacy ? 'dark' : 'light' };
}
`,
    },
    {
      id: 'edit-ok-added-to-queue',
      kind: 'domain-verb',
      lang: 'ts',
      expect: 0,
      code: `export function enqueue(job: Job): void {
  // Jobs added while the worker is paused wait here, in arrival order.
  pending.push(job);
}
`,
    },
    {
      id: 'edit-ok-migration-note',
      kind: 'reference',
      lang: 'ts',
      expect: 0,
      code: `// Column renamed in migration 0042; the old name stays readable until clients upgrade.
export const USER_NAME_COLUMN = 'display_name';
`,
    },
    {
      id: 'edit-ok-updated-at',
      kind: 'domain-word',
      lang: 'ts',
      expect: 0,
      code: `export interface Note {
  id: string;
  /** Set by the database trigger on every write, in UTC. */
  updatedAt: Date;
}
`,
    },
    {
      id: 'edit-ok-replace-api',
      kind: 'domain-verb',
      lang: 'ts',
      expect: 0,
      code: `export function escapeHtml(text: string): string {
  // Replace & first, or the entities produced below would be escaped twice.
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
`,
    },
    {
      // The aside alone is the note (reported on its own span); the description around it stays.
      id: 'edit-aside-replacing',
      kind: 'aside-in-description',
      lang: 'ts',
      expect: 1,
      code: `export function syncRoster(previous: Roster, next: Roster): Promise<void> {
  // Send one request per changed shift (replacing the single bulk upload), so two editors
  // working on different days never overwrite each other; each carries its ETag.
  return Promise.all(diffShifts(previous, next).map(sendShift)).then(() => undefined);
}
`,
    },
    {
      id: 'edit-ok-aside-no-longer',
      kind: 'aside-in-description',
      lang: 'ts',
      expect: 0,
      code: `export interface HostBindings {
  /**
   * Plugin handlers, called by the embedded Lua runtime through invoke_plugin.
   * The CLI no longer goes through here: it spawns plugins as child processes.
   */
  plugins?: PluginRegistry;
}
`,
    },
    {
      // What the code took the place of, after a relative clause: the reason for its shape.
      id: 'edit-ok-aside-relative',
      kind: 'aside-in-description',
      lang: 'tsx',
      expect: 0,
      code: `export function ExportPanel(): JSX.Element {
  // The one panel for every format that a report is saved in, replacing the old
  // per-format buttons, which crowded the toolbar and hid the CSV option.
  return <Panel formats={FORMATS} />;
}
`,
    },
    {
      id: 'edit-aside-roadmap',
      kind: 'aside-in-description',
      lang: 'ts',
      expect: 1,
      code: `export function scheduleReminders(plan: Plan, now: Date): Reminder[] {
  // Reminders go out the evening before each session, in the athlete's time zone, and
  // never for a rest day. Phase 2 adds push notifications beside the e-mail.
  return plan.sessions.filter((session) => !session.rest).map((session) => eveningBefore(session, now));
}
`,
    },
    {
      id: 'edit-replaces-old-opener',
      kind: 'replaced',
      lang: 'tsx',
      expect: 1,
      code: `// Replaces the old dropdown of actions: each action is a labelled button now,
// and Delete sits apart at the end so it is not hit by mistake.
export function RowActions({ onEdit, onDelete }: RowActionsProps) {
  return <div className="actions"><button onClick={onEdit}>Edit</button><button onClick={onDelete}>Delete</button></div>;
}
`,
    },
  ],
};

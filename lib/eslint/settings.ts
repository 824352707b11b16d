/**
 * The plugin's shared settings, `settings['ai-code']` in a flat config. ESLint validates rule
 * options but not settings, so they are checked here, with messages that name the setting.
 */
import type { ToolBanner } from '../markers/grammar.js';

export const TOOL_BANNERS: readonly ToolBanner[] = ['generated-tag', 'do-not-edit', 'protobuf'];

export interface AiCodeSettings {
  /** Treat every file this configuration applies to as AI-generated (use it on a `files:` block). */
  readonly treatAsGenerated: boolean;
  /** Extra tags that mean what `@ai-generated` means, e.g. a team's `@copilot`. */
  readonly markerAliases: readonly string[];
  /** Tool banners that make the plugin's rules skip a file: all of them (default), or those listed. */
  readonly skipToolGenerated: readonly ToolBanner[];
}

const DEFAULTS: AiCodeSettings = { treatAsGenerated: false, markerAliases: [], skipToolGenerated: TOOL_BANNERS };

function invalid(key: string, expected: string): Error {
  return new Error(`Invalid settings['ai-code'].${key}: expected ${expected}.`);
}

const cache = new WeakMap<object, AiCodeSettings>();

/** Reads and validates `settings['ai-code']`; each config object is checked once. */
export function readSettings(settings: Readonly<Record<string, unknown>> | undefined): AiCodeSettings {
  const raw = settings?.['ai-code'];
  if (raw === undefined) return DEFAULTS;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`Invalid settings['ai-code']: expected an object.`);
  const known = cache.get(raw);
  if (known !== undefined) return known;
  // Unknown keys are errors, not ignored: a typo such as `treatAsGenrated` would otherwise
  // silently leave the team's generated code unchecked.
  const { treatAsGenerated = false, markerAliases = [], skipToolGenerated = true, ...unknown } = raw as Record<string, unknown>;
  const [extra] = Object.keys(unknown);
  if (extra !== undefined) {
    throw new Error(`Invalid settings['ai-code']: unknown key '${extra}'; known keys are treatAsGenerated, markerAliases and skipToolGenerated.`);
  }
  if (typeof treatAsGenerated !== 'boolean') throw invalid('treatAsGenerated', 'true or false');
  if (!Array.isArray(markerAliases) || !markerAliases.every((alias) => typeof alias === 'string' && /^\S+$/u.test(alias))) {
    throw invalid('markerAliases', 'an array of tags without spaces, such as ["@copilot"]');
  }
  let banners: readonly ToolBanner[];
  if (typeof skipToolGenerated === 'boolean') banners = skipToolGenerated ? TOOL_BANNERS : [];
  else if (Array.isArray(skipToolGenerated) && skipToolGenerated.every((banner) => TOOL_BANNERS.includes(banner as ToolBanner))) {
    banners = skipToolGenerated as ToolBanner[];
  } else {
    throw invalid('skipToolGenerated', `true, false, or a list of ${TOOL_BANNERS.map((banner) => `"${banner}"`).join(', ')}`);
  }
  const parsed: AiCodeSettings = { treatAsGenerated, markerAliases: markerAliases as string[], skipToolGenerated: banners };
  cache.set(raw, parsed);
  return parsed;
}

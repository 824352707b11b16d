/**
 * The README's table of presets, generated from the presets themselves: one row per rule,
 * one column per preset, each cell the level and the options the preset sets. `npm run docs`
 * writes it (scripts/presets-table.js) and a test fails when the README is out of date.
 */
import type { Linter } from 'eslint';

export const TABLE_START = '<!-- begin presets table (npm run docs) -->';
export const TABLE_END = '<!-- end presets table -->';

function optionsText(options: unknown): string {
  return Object.entries(options as Record<string, unknown>)
    .map(([key, value]) => `\`${key}: ${JSON.stringify(value)}\``)
    .join(', ');
}

function cell(entry: Linter.RuleEntry | undefined): string {
  if (entry === undefined) return '';
  if (!Array.isArray(entry)) return String(entry);
  const [level, ...options] = entry as [Linter.RuleSeverity, ...unknown[]];
  return [String(level), ...options.map(optionsText)].filter((part) => part !== '').join(' ');
}

/** The markdown table, for presets keyed by name. */
export function presetTable(configs: Record<string, Linter.Config>): string {
  const names = Object.keys(configs);
  const rules = [...new Set(Object.values(configs).flatMap((config) => Object.keys(config.rules ?? {})))].sort();
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const lines = [
    row(['', ...names.map((name) => `\`${name}\``)]),
    row(names.map(() => ':--').concat(':--')),
    row(['files', ...names.map((name) => configs[name]!.files?.map((glob) => `\`${String(glob)}\``).join(', ') ?? 'all that ESLint lints')]),
    ...rules.map((rule) => row([`\`${rule}\``, ...names.map((name) => cell(configs[name]!.rules?.[rule]))])),
  ];
  return lines.join('\n');
}

/**
 * Every rule's options, checked the same way: a closed schema with a description on every
 * property (so the docs table and editor hovers can explain it), complete defaults, and a
 * configuration error that names the rule when an option is wrong.
 */
import { describe, expect, it } from 'vitest';
import plugin from '../index.js';
import { lintWithRule } from './helpers/lint.js';

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: boolean;
  description?: string;
}

/** Every object schema inside `schema`, with its path, for error messages that say where. */
function objectSchemas(schema: Schema, path: string): [string, Schema][] {
  const found: [string, Schema][] = schema.type === 'object' ? [[path, schema]] : [];
  for (const [key, property] of Object.entries(schema.properties ?? {})) found.push(...objectSchemas(property, `${path}.${key}`));
  if (schema.items !== undefined) found.push(...objectSchemas(schema.items, `${path}[]`));
  return found;
}

describe.each(Object.entries(plugin.rules))('%s options', (name, rule) => {
  const schemas = (rule.meta?.schema ?? []) as Schema[];

  it('are closed objects whose every property is described', () => {
    expect(schemas.length).toBeGreaterThan(0);
    for (const [path, schema] of schemas.flatMap((schema, index) => objectSchemas(schema, `options[${index}]`))) {
      expect(schema.additionalProperties, `${path} must set additionalProperties: false`).toBe(false);
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        expect(property.description, `${path}.${key} needs a description`).toMatch(/\S/u);
      }
    }
  });

  // Defaults must cover every top-level property, so docs can state them and create() can rely on them.
  it('have a default for every property that is not optional by design', () => {
    const [defaults] = (rule.meta?.defaultOptions ?? []) as Record<string, unknown>[];
    const properties = Object.keys(schemas[0]?.properties ?? {});
    // Unset means "no limit" (comment-ratio's maximum) or "nothing to insert" (require-spdx-header's header).
    const optionalByDesign = new Set(['maximum', 'header', 'allowedPatterns']);
    expect(properties.filter((key) => !(key in (defaults ?? {})) && !optionalByDesign.has(key))).toEqual([]);
  });

  // ESLint validates options before linting; the message must let a user find the rule.
  it('reject an unknown option with an error naming the rule', () => {
    expect(() => lintWithRule(name, [{ notAnOption: true }])).toThrow(`Key "ai-code/${name}":`);
  });
});

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import plugin from '../index.js';
import { presetTable, TABLE_END, TABLE_START } from '../presets/table.js';

// The README's presets table is generated; a preset change without `npm run docs` fails here.
describe('README presets table', () => {
  it('matches the presets', () => {
    const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf(TABLE_START) + TABLE_START.length, readme.indexOf(TABLE_END));
    expect(section.trim()).toBe(presetTable(plugin.configs));
  });
});

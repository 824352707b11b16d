// Rewrites the presets table in README.md from the built plugin (`npm run docs` runs it after
// eslint-doc-generator); test/presets-table.test.ts fails when the README is behind.
import fs from 'node:fs';
import plugin from '../dist/index.js';
import { presetTable, TABLE_END, TABLE_START } from '../dist/presets/table.js';

const readme = new URL('../README.md', import.meta.url);
const text = fs.readFileSync(readme, 'utf8');
const start = text.indexOf(TABLE_START);
const end = text.indexOf(TABLE_END);
if (start === -1 || end < start) throw new Error(`README.md needs the markers ${TABLE_START} and ${TABLE_END}.`);
const table = `${TABLE_START}\n\n${presetTable(plugin.configs)}\n\n`;
fs.writeFileSync(readme, text.slice(0, start) + table + text.slice(end));

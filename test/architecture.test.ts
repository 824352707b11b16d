/**
 * The shape docs/architecture.md draws, held by the code: imports run one way between the
 * folders of lib/ (and from cli/ and presets/ down to rules/ and lib/, never back), and no
 * source file takes part in an import circle, type-only imports included.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCircles, importGraph } from './helpers/import-graph.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const SOURCE_ROOTS = ['index.ts', 'lib', 'rules', 'presets', 'cli', 'formatters'];

/** What each folder of lib/ may import besides itself: each one only from those listed before it. */
const LIB_LAYERS: Readonly<Record<string, readonly string[]>> = {
  util: [],
  source: ['util'],
  scanner: ['source', 'util'],
  markers: ['source', 'util'],
  kinds: ['markers', 'source', 'util'],
  core: ['kinds', 'markers', 'source', 'util'],
  leftovers: ['core', 'kinds', 'markers', 'scanner', 'source', 'util'],
  spdx: ['source', 'util'],
  eslint: ['core', 'kinds', 'leftovers', 'markers', 'scanner', 'source', 'spdx', 'util'],
};

/** What each top-level part may import besides itself. */
const PARTS: Readonly<Record<string, readonly string[]>> = {
  lib: [],
  rules: ['lib'],
  presets: ['lib', 'rules'],
  cli: ['lib', 'rules', 'presets'],
  formatters: [],
  // rule-options.cts: the typed rule entries, declarations only (it imports rules/options.ts).
  'index.ts': ['lib', 'rules', 'presets', 'rule-options.cjs'],
};

const graph = importGraph(ROOT, SOURCE_ROOTS);

function partOf(file: string): string {
  return file.split('/')[0]!;
}

describe('architecture', () => {
  it('reads the whole source tree', () => {
    expect(graph.size).toBeGreaterThan(60);
    expect([...graph.keys()]).toContain('lib/core/file-facts.ts');
  });

  it('has no import circles', () => {
    expect(findCircles(graph)).toEqual([]);
  });

  it('puts every file of lib/ in a folder with a place in the layers', () => {
    const loose = [...graph.keys()].filter((file) => partOf(file) === 'lib' && !(file.split('/')[1]! in LIB_LAYERS));
    expect(loose).toEqual([]);
  });

  it('imports only downwards between the folders of lib/', () => {
    // A folder's own files import each other freely; another folder only from its layer list.
    const upward: string[] = [];
    for (const [file, imports] of graph) {
      if (partOf(file) !== 'lib') continue;
      const folder = file.split('/')[1]!;
      for (const target of imports) {
        const targetFolder = partOf(target) === 'lib' ? target.split('/')[1]! : partOf(target);
        if (targetFolder !== folder && !LIB_LAYERS[folder]?.includes(targetFolder)) upward.push(`${file} -> ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('imports only downwards between cli/, presets/, rules/ and lib/', () => {
    // The same for the parts above lib/: cli/ may reach everything, lib/ nothing above it.
    const upward: string[] = [];
    for (const [file, imports] of graph) {
      const part = partOf(file);
      for (const target of imports) {
        if (partOf(target) !== part && !PARTS[part]?.includes(partOf(target))) upward.push(`${file} -> ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  // The checks above could pass by finding nothing: each is shown failing on a graph that has the fault.
  it('finds a circle when there is one', () => {
    const looped = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(findCircles(looped)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('reads type-only, re-exporting and dynamic imports', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'import-graph-'));
    try {
      // A circle through a type import, a re-export and a dynamic import: each kind of edge counts.
      fs.mkdirSync(path.join(work, 'lib'));
      fs.writeFileSync(path.join(work, 'lib', 'a.ts'), "import type { B } from './b.js';\nexport type { B };\n");
      fs.writeFileSync(path.join(work, 'lib', 'b.ts'), "export { c } from './c.js';\nexport type B = number;\n");
      fs.writeFileSync(path.join(work, 'lib', 'c.ts'), "export const c = async () => import('./a.js');\n");
      expect(findCircles(importGraph(work, ['lib']))).toEqual([['lib/a.ts', 'lib/b.ts', 'lib/c.ts']]);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});

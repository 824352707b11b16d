import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderDiff } from '../../cli/diff.js';
import { extendsJson, FileEdits, InitError, onlyInserts } from '../../cli/edits.js';

// The merge module is the only writer of users' files: these tests pin its promises (only
// additions, all files or none, read-only files respected) independently of init's plans.
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-edits-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

// The JSON guard: package.json and lint-staged files may only grow.
describe('extendsJson', () => {
  it('accepts added keys, appended strings and commands turned into lists', () => {
    expect(extendsJson({ a: 1, s: { prepare: 'build' } }, { a: 1, b: 2, s: { prepare: 'build && husky' } })).toBe(true);
    expect(extendsJson({ '*.js': 'prettier --write' }, { '*.js': ['prettier --write', 'eslint'] })).toBe(true);
    expect(extendsJson([1, 2], [1, 2, 3])).toBe(true);
  });

  it('rejects removed keys, changed values and reordered lists', () => {
    expect(extendsJson({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(extendsJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(extendsJson({ s: 'build' }, { s: 'husky' })).toBe(false);
    expect(extendsJson([1, 2], [2, 1])).toBe(false);
    expect(extendsJson({ a: {} }, { a: [] })).toBe(false);
  });
});

// The text guard: hooks, YAML and ESLint configs may only receive inserted text.
describe('onlyInserts', () => {
  it('holds when every old character is still there in order', () => {
    expect(onlyInserts('a\nb\n', 'x\na\ny\nb\nz\n')).toBe(true);
    expect(onlyInserts('export default [a];', 'export default [b, a];')).toBe(true);
    expect(onlyInserts('a\nb\n', 'b\na\n')).toBe(false);
    expect(onlyInserts('a\nb\n', 'a\n')).toBe(false);
  });
});

describe('FileEdits', () => {
  // The guard is the last line of defence: a plan that would lose a user's line is a bug.
  it('refuses a planned change that drops content', () => {
    const file = path.join(dir, 'hook');
    fs.writeFileSync(file, 'user line\n');
    const edits = new FileEdits(dir);
    expect(() => edits.write(file, 'replaced\n', 'x')).toThrow('Refusing to rewrite hook: the change would drop existing content.');
    expect(edits.changed).toBe(false);
  });

  // A second append of the same line must find the first one, or reruns would stack hooks.
  it('appends a line once, after the existing lines, adding a missing final newline', () => {
    const file = path.join(dir, 'hook');
    fs.writeFileSync(file, 'npm test');
    const edits = new FileEdits(dir);
    const present = (text: string): boolean => text.includes('lint-staged');
    edits.appendLine(file, 'npx lint-staged', present, 'runs lint-staged');
    edits.appendLine(file, 'npx lint-staged', present, 'runs lint-staged');
    edits.apply();
    expect(fs.readFileSync(file, 'utf8')).toBe('npm test\nnpx lint-staged\n');
    expect(edits.summary()).toEqual(['updated hook: runs lint-staged']);
  });

  // Tabs stay tabs and a missing final newline stays missing: the user's style, not ours.
  it('keeps the indentation and final newline of a JSON file', () => {
    const file = path.join(dir, 'package.json');
    fs.writeFileSync(file, '{\n\t"name": "x"\n}');
    const edits = new FileEdits(dir);
    edits.mergeJson(file, (json) => {
      json.private = true;
      return ['made private'];
    });
    edits.apply();
    expect(fs.readFileSync(file, 'utf8')).toBe('{\n\t"name": "x",\n\t"private": true\n}');
  });

  // execute() prints InitError messages as they are, so the wording is the user interface.
  it('reports invalid JSON as one line naming the file', () => {
    const file = path.join(dir, 'package.json');
    fs.writeFileSync(file, '{ "name": ');
    const edits = new FileEdits(dir);
    expect(() => edits.mergeJson(file, () => [])).toThrow(InitError);
    expect(() => edits.mergeJson(file, () => [])).toThrow(/^package\.json is not valid JSON \(.+\); fix it and run again\.$/u);
  });

  // Checked before any write: the writable file must not change when its sibling cannot.
  it('writes nothing when one of the files is read-only, and keeps the file mode', () => {
    const writable = path.join(dir, 'a.txt');
    const readOnly = path.join(dir, 'b.txt');
    fs.writeFileSync(writable, 'a\n', { mode: 0o755 });
    fs.writeFileSync(readOnly, 'b\n');
    fs.chmodSync(readOnly, 0o444);
    const edits = new FileEdits(dir);
    edits.appendLine(writable, 'more', () => false, 'x');
    edits.appendLine(readOnly, 'more', () => false, 'x');
    expect(() => edits.apply()).toThrow('b.txt is read-only; make it writable or run with --dry-run. Nothing was changed.');
    expect(fs.readFileSync(writable, 'utf8')).toBe('a\n');
    const again = new FileEdits(dir);
    again.appendLine(writable, 'more', () => false, 'x');
    again.apply();
    expect(fs.statSync(writable).mode & 0o777).toBe(0o755);
  });

  // The rollback path: earlier files restored, created folders removed, no temporary files left.
  it('restores the files already written when a later write fails', () => {
    const first = path.join(dir, 'first.txt');
    fs.writeFileSync(first, 'one\n');
    const blocked = path.join(dir, 'new', 'file.txt');
    const edits = new FileEdits(dir);
    edits.appendLine(first, 'two', () => false, 'x');
    edits.write(path.join(dir, 'created', 'c.txt'), 'c\n', 'x');
    edits.write(blocked, 'content\n', 'x');
    // A directory appearing where the last file goes makes its rename fail after two writes.
    fs.mkdirSync(blocked, { recursive: true });
    fs.writeFileSync(path.join(blocked, 'inside'), '');
    expect(() => edits.apply()).toThrow(/^Could not write new\/file\.txt \(.+\); nothing was changed\.$/u);
    expect(fs.readFileSync(first, 'utf8')).toBe('one\n');
    expect(fs.existsSync(path.join(dir, 'created'))).toBe(false);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

// --dry-run output: what the user reviews before saying yes.
describe('renderDiff', () => {
  it('shows removals before additions, with context and elided unchanged runs', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n');
    const after = ['a', 'B', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].join('\n');
    expect(renderDiff('x.txt', before, after)).toBe(['--- a/x.txt', '+++ b/x.txt', ' a', '-b', '+B', ' c', ' d', '@@ … @@', ' g', ' h', '+i', ''].join('\n'));
    expect(renderDiff('new.txt', undefined, 'one\n')).toBe('--- /dev/null\n+++ b/new.txt\n+one\n');
  });
});

/**
 * The one place where `ai-code init` touches files. Edits are planned first (so `--dry-run`
 * can print them as a diff), checked to only ever add to what was there, then written all
 * together: each file through a temporary file and a rename, and the files written so far
 * restored if a later one fails. Nothing here knows about hooks or ESLint.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeAtomically } from './atomic-write.js';
import { renderDiff } from './diff.js';

/** A problem the user must fix; execute() prints its message as one line. */
export class InitError extends Error {}

/** A step the user has to take by hand because a file cannot be merged safely. */
export interface ManualStep {
  readonly file: string;
  readonly reason: string;
  readonly lines: string[];
}

interface PlannedFile {
  readonly before: string | undefined;
  after: string;
  readonly notes: string[];
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Whether `after` keeps everything of `before`: object keys kept (their values extended),
 * arrays and strings only appended to, and a string value may become an array starting
 * with it (a lint-staged command list).
 */
export function extendsJson(before: Json, after: Json): boolean {
  if (typeof before === 'string') {
    if (Array.isArray(after)) return after[0] === before;
    return typeof after === 'string' && after.startsWith(before);
  }
  if (Array.isArray(before)) {
    return Array.isArray(after) && after.length >= before.length && before.every((item, index) => extendsJson(item, after[index]!));
  }
  if (before !== null && typeof before === 'object') {
    if (after === null || typeof after !== 'object' || Array.isArray(after)) return false;
    return Object.entries(before).every(([key, value]) => key in after && extendsJson(value, after[key]!));
  }
  return before === after;
}

/** Whether `after` is `before` with text inserted: its characters, in order, with others between. */
export function onlyInserts(before: string, after: string): boolean {
  let next = 0;
  for (let index = 0; index < after.length && next < before.length; index++) {
    if (after[index] === before[next]) next++;
  }
  return next === before.length;
}

/** The indentation a JSON file uses, so a rewrite keeps its look. */
function jsonIndent(text: string): string {
  return /^[ \t]+(?=")/mu.exec(text)?.[0] ?? '  ';
}

/** Parses JSON, turning a syntax error into one line that names the file. */
export function parseJson(text: string, file: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    throw new InitError(`${file} is not valid JSON (${(error as Error).message}); fix it and run again.`);
  }
}

/** Adds `key` to `target` if it is absent; returns whether it did. */
export function addMissing(target: { [key: string]: Json }, key: string, value: Json): boolean {
  if (key in target) return false;
  target[key] = value;
  return true;
}

/** A set of planned file edits under one directory; paths are relative to it in messages. */
export class FileEdits {
  private readonly files = new Map<string, PlannedFile>();
  readonly manual: ManualStep[] = [];

  constructor(readonly root: string) {}

  private relative(file: string): string {
    return path.relative(this.root, file) || path.basename(file);
  }

  /** The file's content as planned so far, or undefined if it does not exist. */
  read(file: string): string | undefined {
    const planned = this.files.get(file);
    if (planned !== undefined) return planned.after;
    try {
      return fs.readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new InitError(`Cannot read ${this.relative(file)}: ${(error as Error).message}`);
    }
  }

  exists(file: string): boolean {
    return this.read(file) !== undefined;
  }

  /**
   * Plans new content for `file`. The content must keep every line of the current one (or,
   * for JSON, every value), which makes clobbering a user's file a programming error here.
   */
  write(file: string, after: string, note: string, format: 'text' | 'json' = 'text'): void {
    const current = this.read(file);
    if (current === after) return;
    if (current !== undefined && !this.keeps(file, current, after, format)) {
      throw new Error(`Refusing to rewrite ${this.relative(file)}: the change would drop existing content.`);
    }
    const planned = this.files.get(file) ?? { before: current, after, notes: [] };
    planned.after = after;
    planned.notes.push(note);
    this.files.set(file, planned);
  }

  private keeps(file: string, current: string, after: string, format: 'text' | 'json'): boolean {
    if (format === 'text') return onlyInserts(current, after);
    return extendsJson(parseJson(current, this.relative(file)), JSON.parse(after) as Json);
  }

  /** Reads a JSON object file, lets `merge` add to it, and plans the result if it changed. */
  mergeJson(file: string, merge: (json: { [key: string]: Json }) => string[]): void {
    const text = this.read(file);
    const json = text === undefined ? {} : parseJson(text, this.relative(file));
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
      throw new InitError(`${this.relative(file)} does not hold a JSON object; fix it and run again.`);
    }
    const notes = merge(json);
    if (notes.length === 0) return;
    const ending = text === undefined || text.endsWith('\n') ? '\n' : '';
    this.write(file, JSON.stringify(json, null, text === undefined ? 2 : jsonIndent(text)) + ending, notes.join('; '), 'json');
  }

  /** Appends `line` to a text file (created if absent) unless `present` says it is there. */
  appendLine(file: string, line: string, present: (text: string) => boolean, note: string): void {
    const text = this.read(file);
    if (text !== undefined && present(text)) return;
    const head = text === undefined || text === '' || text.endsWith('\n') ? (text ?? '') : `${text}\n`;
    this.write(file, `${head}${line}\n`, note);
  }

  addManualStep(step: ManualStep): void {
    this.manual.push(step);
  }

  get changed(): boolean {
    return this.files.size > 0;
  }

  /** One line per changed file: what was done to it. */
  summary(): string[] {
    return [...this.files].map(([file, planned]) => {
      const verb = planned.before === undefined ? 'created' : 'updated';
      return `${verb} ${this.relative(file)}: ${planned.notes.join('; ')}`;
    });
  }

  diff(): string {
    return [...this.files].map(([file, planned]) => renderDiff(this.relative(file), planned.before, planned.after)).join('');
  }

  /**
   * Writes every planned file, or none: permissions are checked before the first write, and
   * a failure part-way restores the files already written.
   */
  apply(): void {
    for (const file of this.files.keys()) this.checkWritable(file);
    const written: [string, PlannedFile][] = [];
    const createdDirs: string[] = [];
    let current = '';
    try {
      for (const [file, planned] of this.files) {
        current = file;
        const createdDir = fs.mkdirSync(path.dirname(file), { recursive: true });
        if (createdDir !== undefined) createdDirs.push(createdDir);
        writeAtomically(file, planned.after, planned.before !== undefined);
        written.push([file, planned]);
      }
    } catch (error) {
      for (const [file, planned] of written.reverse()) {
        if (planned.before === undefined) fs.rmSync(file, { force: true });
        else writeAtomically(file, planned.before, true);
      }
      for (const dir of createdDirs.reverse()) fs.rmSync(dir, { recursive: true, force: true });
      throw new InitError(`Could not write ${this.relative(current)} (${(error as Error).message}); nothing was changed.`);
    }
  }

  // A rename would replace even a read-only file, so the file's own mode is honoured here.
  private checkWritable(file: string): void {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat !== undefined && ((stat.mode & 0o200) === 0 || !accessible(file))) {
      throw new InitError(`${this.relative(file)} is read-only; make it writable or run with --dry-run. Nothing was changed.`);
    }
    let dir = path.dirname(file);
    while (!fs.existsSync(dir)) dir = path.dirname(dir);
    if (!accessible(dir)) throw new InitError(`Cannot write in ${this.relative(dir)}: permission denied. Nothing was changed.`);
  }
}

function accessible(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

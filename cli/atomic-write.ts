/**
 * Writing a file whole or not at all, for every command that writes: init's edits and the
 * report's outputs.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Writes a whole file or nothing, keeping an existing file's mode. */
export function writeFileAtomically(file: string, content: string): void {
  writeAtomically(file, content, fs.existsSync(file));
}

/** Writes through a temporary file in the same directory, so readers see old or new, never half. */
export function writeAtomically(file: string, content: string, exists: boolean): void {
  const mode = exists ? fs.statSync(file).mode & 0o7777 : 0o644;
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.ai-code.tmp`);
  try {
    fs.writeFileSync(temporary, content, { mode });
    fs.chmodSync(temporary, mode);
    fs.renameSync(temporary, file);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

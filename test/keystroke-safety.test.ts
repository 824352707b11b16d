/**
 * Rules run in the editor on every keystroke, so a rule may only look at the file it is given:
 * no reading other files, no processes, no git. This scans the sources of rules/ and lib/
 * (everything a rule can reach inside the package) for the modules that would allow it. The
 * CLI in cli/ reads files and runs git by design, and is not scanned.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// `from 'fs'`, `import 'node:child_process'`, `import('fs/promises')`, `require("node:fs")`.
const FORBIDDEN_IMPORT = /(?:\bfrom|\bimport|\brequire)[\s(]*['"](?:node:)?(fs|fs\/promises|child_process)['"]/gu;

/** The forbidden modules `text` imports, by name. */
function forbiddenImports(text: string): string[] {
  return [...text.matchAll(FORBIDDEN_IMPORT)].map((match) => match[1]!);
}

function sourcesIn(folder: string): string[] {
  return fs
    .readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.[cm]?[jt]s$/u.test(file))
    .map((file) => path.join(folder, file));
}

describe('nothing a rule runs touches the file system or other processes', () => {
  // The scanner itself must recognise every spelling, or the real check proves nothing.
  it('recognises each way of importing the forbidden modules', () => {
    // Static and dynamic imports, require, with and without the `node:` prefix.
    const samples = [
      "import fs from 'node:fs';",
      "import { readFileSync } from 'fs';",
      "import * as fsp from 'node:fs/promises';",
      "import { execSync } from 'child_process';",
      "const { spawnSync } = await import('node:child_process');",
      'const fs = require("fs");',
      "import 'node:fs';",
    ];
    expect(samples.map((sample) => forbiddenImports(sample))).toEqual([
      ['fs'],
      ['fs'],
      ['fs/promises'],
      ['child_process'],
      ['child_process'],
      ['fs'],
      ['fs'],
    ]);
    // Lookalikes are not flagged: other node modules, and packages whose names contain "fs".
    expect(forbiddenImports("import path from 'node:path';\nimport x from 'fs-extra-like';\nimport y from './fs.js';")).toEqual([]);
  });

  it.each([...sourcesIn('rules'), ...sourcesIn('lib')])('%s', (file) => {
    expect(forbiddenImports(fs.readFileSync(path.join(root, file), 'utf8'))).toEqual([]);
  });
});

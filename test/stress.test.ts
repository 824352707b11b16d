/**
 * The crash run of bench/stress.js, reduced to fit in `npm test`: a sample of the real-code
 * corpus and its CRLF and BOM + shebang variants, plus inputs built to hit edge cases.
 * `npm run stress` runs the same checks over more than ten thousand files.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFiles } from '../bench/corpus.js';
import { lintForCrashes, stressConfig, variantsOf } from '../bench/stress.js';
import plugin from '../index.js';

const TAG = '@ai' + '-generated';

// Inputs no real file is likely to contain all of, each aimed at one part of the core.
const edgeCases: [string, string][] = [
  ['empty', ''],
  ['only a newline', '\n'],
  ['only comments', '// One.\n/* Two. */\n/**\n * Three.\n */\n'],
  ['unicode line separators', 'const a = 1;\u2028// After a separator.\u2029const b = 2;\n'],
  ['lone carriage returns', 'const a = 1;\r// Comment.\rconst b = 2;\r'],
  ['markers everywhere', `// ${TAG}-begin\n// ${TAG}-begin\n/* ${TAG}-end */ // ${TAG}-end\n// ${TAG}-end tool:x tol=y prompt="\nf();\n// #endregion\n`],
  ['one very long line', `const data = [${Array.from({ length: 40_000 }, (_, index) => index).join(',')}]; // Table.\n`],
  ['deep nesting', `${'function f() {\n'.repeat(300)}return 1;\n${'}\n'.repeat(300)}`],
  [
    'broken SPDX headers',
    '#!/usr/bin/env node\n/* SPDX-License-Identifier: (MIT OR\tApache2 WITH x) AND ) mit+ LicenseRef- */\n// SPDX-License-Identifier:\n// Copyright\nf();\n',
  ],
  ['many tiny functions', Array.from({ length: 3000 }, (_, index) => `const f${index} = () => { return ${index}; };`).join('\n')],
];

describe('crash run (reduced)', () => {
  it('lints a corpus sample and edge cases with every rule and no exception', () => {
    // Every fifteenth corpus file: JavaScript and TypeScript alike, about forty files.
    const sample = corpusFiles().filter((_, index) => index % 15 === 0);
    const inputs = [
      ...sample.flatMap(({ file }) => variantsOf(fs.readFileSync(file, 'utf8')).map(([variant, text]) => ({ name: `${file} (${variant})`, file, text }))),
      ...edgeCases.flatMap(([name, text]) => [
        { name: `${name}.js`, file: 'edge.js', text },
        { name: `${name}.tsx`, file: 'edge.tsx', text },
      ]),
    ];
    const { crashes, parseErrors, notLinted, problems } = lintForCrashes(inputs);
    expect(crashes).toEqual([]);
    expect(notLinted).toBe(0);
    // The edge cases are valid JavaScript and TypeScript: none may be lost as a parse error.
    expect(parseErrors).toBe(0);
    expect(problems).toBeGreaterThan(inputs.length);
  });

  // A rule missing from the crash run would never be exercised by it.
  it('runs every rule of the plugin', () => {
    const configured = Object.keys(stressConfig({})[0]?.rules ?? {}).sort();
    expect(configured).toEqual(Object.keys(plugin.rules).map((name) => `ai-code/${name}`).sort());
  });
});

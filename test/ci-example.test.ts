/**
 * The CI workflow is documented twice, as a file to copy and inside the README: this keeps
 * the two equal, and the formatter path they use pointing at a file the package ships.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string): string => fs.readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
const workflow = read('examples/ci/github-actions.yml');

describe('examples/ci/github-actions.yml', () => {
  it('appears verbatim in the README', () => {
    expect(read('README.md')).toContain(`\`\`\`yaml\n${workflow}\`\`\``);
  });

  it('uses the SARIF formatter the package exports, at its published path', () => {
    const used = /-f \.\/node_modules\/eslint-plugin-ai-code\/(\S+)/u.exec(workflow)?.[1];
    const exported = (JSON.parse(read('package.json')) as { exports: Record<string, { default: string }> }).exports['./sarif-formatter'];
    expect(`./${used}`).toBe(exported?.default);
    // Published files come from dist/ (package.json "files"), built by `npm run build`.
    expect(fs.existsSync(new URL(`../${used}`, import.meta.url)), 'run `npm run build` first').toBe(true);
  });
});

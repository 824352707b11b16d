/**
 * The reader parses with the TypeScript typescript-eslint parses with, found from the parser's
 * folder now that typescript-estree is no dependency of this package.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { resolveTypeScript, typescriptReader } from '../../../lib/leftovers/typescript-reader.js';

const require = createRequire(import.meta.url);

describe('typescriptReader', () => {
  it('finds the TypeScript that typescript-estree loads', () => {
    const estree = require.resolve('@typescript-eslint/typescript-estree', { paths: [require.resolve('@typescript-eslint/parser')] });
    expect(resolveTypeScript()).toBe(createRequire(estree).resolve('typescript'));
  });

  it('reads TypeScript syntax with it, JSX only when asked', () => {
    expect(typescriptReader(false)?.read('const total: number = price * count;')).toBe(true);
    expect(typescriptReader(false)?.read('return <Row key={id} />;')).toBe(undefined);
    expect(typescriptReader(true)?.read('return <Row key={id} />;')).toBe(true);
  });
});

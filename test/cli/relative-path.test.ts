import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativePosixPath } from '../../cli/relative-path.js';

describe('relativePosixPath', () => {
  it('joins Windows segments with `/`', () => {
    expect(relativePosixPath('C:\\repo', 'C:\\repo\\src\\deep\\a.ts', path.win32)).toBe('src/deep/a.ts');
    expect(relativePosixPath('C:\\repo\\packages\\web', 'C:\\repo', path.win32)).toBe('../..');
  });

  it('keeps a backslash that is part of a POSIX file name', () => {
    expect(relativePosixPath('/repo', '/repo/src/a\\b.ts', path.posix)).toBe('src/a\\b.ts');
  });

  it('is empty for the folder itself', () => {
    expect(relativePosixPath('C:\\repo', 'C:\\repo', path.win32)).toBe('');
    expect(relativePosixPath('/repo', '/repo/', path.posix)).toBe('');
  });

  it("uses the platform's path module by default", () => {
    expect(relativePosixPath(path.resolve('repo'), path.resolve('repo', 'src', 'a.ts'))).toBe('src/a.ts');
  });
});

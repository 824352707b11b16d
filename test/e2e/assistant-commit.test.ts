/**
 * END-TO-END (slow: packs and installs the plugin, ~30 s): `ai-code init --assistant-commits`
 * in a real git repository with real husky, then real `git commit`s. A commit an assistant signs
 * (a trailer, or a bot author) is held to the bar for generated code; the same code from a person
 * passes. Needs `npm run build` first (npm test runs it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aiCodeInit, commit, installFixture, newRepository } from '../helpers/hook-fixture.js';

// Passes `recommended`, which the pre-commit hook runs; as generated code it lacks a description.
const UNDOCUMENTED = 'export function add(a, b) {\n  return a + b;\n}\n';
const UNDOCUMENTED_MESSAGE = "Function 'add' in generated code has no description";
const DOCUMENTED = '/** Adds two amounts in cents, for the basket total. */\nexport function add(a, b) {\n  return a + b;\n}\n';
const CLAUDE_TRAILER = 'Add the basket total\n\nCo-Authored-By: Claude <noreply@anthropic.com>';

let work: string;
let fixture: string;
let repo: string;
let pkg: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-code-fixture-'));
  fixture = installFixture(work);
  ({ repo, pkg } = newRepository(fixture));
});

afterAll(() => {
  for (const dir of [work, repo]) fs.rmSync(dir, { recursive: true, force: true });
});

describe('ai-code init --assistant-commits (end-to-end)', () => {
  it('adds the commit-msg hook beside the pre-commit hook, and a second run changes nothing', () => {
    const first = aiCodeInit(pkg, '--yes', '--assistant-commits');
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain("created .husky/commit-msg: holds assistants' commits to the generated-code bar");
    expect(fs.readFileSync(path.join(pkg, '.husky/commit-msg'), 'utf8')).toBe('ai-code check-commit "$1"\n');
    const second = aiCodeInit(pkg, '--yes', '--assistant-commits');
    expect(second.output.split('\n')[0]).toBe('Nothing to change: the files are set up for the ai-code pre-commit hook with husky.');
  });

  it("refuses an assistant's commit of undocumented code, by trailer and by bot author", () => {
    const refused = commit(repo, { 'src/add.js': UNDOCUMENTED }, {}, CLAUDE_TRAILER);
    expect(refused.status, refused.output).not.toBe(0);
    expect(refused.output).toContain("ai-code: this commit is Claude Code's (by its author or trailers), so its staged files are held to the bar for generated code:");
    expect(refused.output).toContain(UNDOCUMENTED_MESSAGE);
    const byBot = commit(repo, { 'src/add.js': UNDOCUMENTED }, { GIT_AUTHOR_NAME: 'copilot-swe-agent[bot]', GIT_AUTHOR_EMAIL: '198982749+Copilot@users.noreply.github.com' }, 'Add the basket total');
    expect(byBot.status, byBot.output).not.toBe(0);
    expect(byBot.output).toContain("this commit is GitHub Copilot's");
    expect(byBot.output).toContain(UNDOCUMENTED_MESSAGE);
  });

  it("lets the same code through from a person, and an assistant's documented code", () => {
    const person = commit(repo, { 'src/add.js': UNDOCUMENTED }, {}, 'Add the basket total');
    expect(person.status, person.output).toBe(0);
    expect(person.output).not.toContain('ai-code:');
    const documented = commit(repo, { 'src/add.js': DOCUMENTED }, {}, CLAUDE_TRAILER);
    expect(documented.status, documented.output).toBe(0);
  });
});

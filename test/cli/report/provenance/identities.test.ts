/** The identity table and the commit classifier, on authors and messages as the tools write them. */
import { describe, expect, it } from 'vitest';
import { classifyCommit, DEFAULT_IDENTITIES, identityFromConfig, identityFromFlag } from '../../../../cli/report/provenance/identities.js';

const classify = (authorName: string, authorEmail: string, message: string): string | undefined => classifyCommit({ authorName, authorEmail, message }, DEFAULT_IDENTITIES);
const human = ['Alice Example', 'alice@example.com'] as const;

describe('classifyCommit with the default identities', () => {
  // Trailers and footers as each tool writes them (docs/report.md cites where each was seen),
  // with keys in the spellings real histories hold.
  it.each([
    ['Co-Authored-By: Claude <noreply@anthropic.com>', 'Claude Code'],
    ['co-authored-by: Claude Opus 4.1 <noreply@anthropic.com>', 'Claude Code'],
    ['CO-AUTHORED-BY: Claude Sonnet 4.6 <noreply@anthropic.com>', 'Claude Code'],
    ['Co-authored-by: Claude (AI Assistant) <someone@example.com>', 'Claude Code'],
    ['🤖 Generated with [Claude Code](https://claude.com/claude-code)', 'Claude Code'],
    ['Co-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>', 'GitHub Copilot'],
    ['Co-authored-by: aider (gpt-4o) <aider@aider.chat>', 'Aider'],
    ['Co-authored-by: Cursor <cursoragent@cursor.com>', 'Cursor'],
    ['Made-with: Cursor', 'Cursor'],
    ['Co-authored-by: Codex <noreply@openai.com>', 'Codex'],
    ['Co-authored-by: gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>', 'Gemini'],
    ['Co-Authored-By: Devin <158243242+devin-ai-integration[bot]@users.noreply.github.com>', 'Devin'],
    ['Assisted-by: Claude:claude-opus-4 [coccinelle]', 'Claude Code'],
    ['Assisted-by: Kiro', 'Kiro'],
    ['generated-by: GPT-5 via ChatGPT', 'GPT-5 via ChatGPT'],
  ])('reads the trailer or line %j', (line, assistant) => {
    expect(classify(...human, `Fix the parser\n\nSome body.\n\n${line}\n`)).toBe(assistant);
  });

  // Bot accounts and the names the tools commit under.
  it.each([
    ['copilot-swe-agent[bot]', '198982749+Copilot@users.noreply.github.com', 'GitHub Copilot'],
    ['Copilot', '198982749+Copilot@users.noreply.github.com', 'GitHub Copilot'],
    ['Bob Builder (aider)', 'bob@example.com', 'Aider'],
    ['Claude', 'noreply@anthropic.com', 'Claude Code'],
    ['Claude', 'claude@users.noreply.github.com', 'Claude Code'],
    ['Cursor Agent', 'cursoragent@cursor.com', 'Cursor'],
    ['chatgpt-codex-connector[bot]', '199175422+chatgpt-codex-connector[bot]@users.noreply.github.com', 'Codex'],
    ['google-labs-jules[bot]', '161369871+google-labs-jules[bot]@users.noreply.github.com', 'Jules'],
    ['devin-ai-integration[bot]', '158243242+devin-ai-integration[bot]@users.noreply.github.com', 'Devin'],
  ])('reads the author %s <%s>', (name, email, assistant) => {
    expect(classify(name, email, 'Add a feature\n')).toBe(assistant);
  });

  // Other bots, people who share a name with a tool, and people who pair with people.
  it.each([
    ['dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com', 'Bump vitest from 4.0.0 to 4.1.0\n'],
    ['renovate[bot]', 'bot@renovateapp.com', 'Update dependency eslint\n'],
    ['Claude Dupont', 'claude.dupont@example.com', 'Fix typo\n'],
    ['Jules Verne', 'jules@example.com', 'Add a chapter\n'],
    ['Devin Smith', 'devin@example.com', 'Refactor\n'],
    ['Alice Example', 'alice@example.com', 'Bump\n\nCo-authored-by: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>\n'],
    ['Alice Example', 'alice@example.com', 'Pair work\n\nCo-authored-by: Bob <bob@example.com>\nSigned-off-by: Alice Example <alice@example.com>\n'],
    // Words in prose, not trailers or footers.
    ['Alice Example', 'alice@example.com', 'Explain why we asked Claude and Copilot for nothing here\n'],
  ])('leaves %s <%s> to people', (name, email, message) => {
    expect(classify(name, email, message)).toBeUndefined();
  });

  it('reads trailers a squash merge lists in the middle of its body', () => {
    const message = 'Feature (#12)\n\n* first step\n\nCo-authored-by: Claude <noreply@anthropic.com>\n\n* second step\n';
    expect(classify(...human, message)).toBe('Claude Code');
  });
});

describe('user identities', () => {
  it('reads an identity from the package.json list and puts it before the defaults', () => {
    const own = identityFromConfig({ name: 'Acme Agent', names: '^acme-agent\\[bot\\]$', lines: '^Agent-Run: ' }, 0);
    const table = [own, ...DEFAULT_IDENTITIES];
    expect(classifyCommit({ authorName: 'acme-agent[bot]', authorEmail: 'bot@acme.test', message: 'x\n' }, table)).toBe('Acme Agent');
    expect(classifyCommit({ authorName: 'Alice', authorEmail: 'a@x', message: 'x\n\nagent-run: 42\n' }, table)).toBe('Acme Agent');
  });

  it('reads --assistant NAME=REGEX and --assistant REGEX against names and addresses', () => {
    expect(classifyCommit({ authorName: 'Alice', authorEmail: 'a@x', message: 'x\n\nCo-authored-by: Tabby <tabby@acme.test>\n' }, [identityFromFlag('Tabby=@acme\\.test$')])).toBe('Tabby');
    expect(classifyCommit({ authorName: 'windsurf-bot', authorEmail: 'w@x', message: 'x\n' }, [identityFromFlag('^windsurf')])).toBe('^windsurf');
  });

  it('rejects an entry that cannot work, naming it', () => {
    expect(() => identityFromConfig({ name: 'X' }, 2)).toThrow('package.json "ai-code".assistants[2] needs at least one of names, emails, lines');
    expect(() => identityFromConfig({ name: 'X', names: '(' }, 0)).toThrow(/^package\.json "ai-code"\.assistants\[0\]\.names: Invalid regular expression/u);
    expect(() => identityFromConfig('Claude', 1)).toThrow('package.json "ai-code".assistants[1] must be an object');
    expect(() => identityFromFlag('X=[')).toThrow(/^--assistant X=\[: Invalid regular expression/u);
  });
});

/**
 * The editor path, end to end: the ESLint language server that VS Code, Neovim and other
 * LSP editors run (`vscode-eslint-language-server` from vscode-langservers-extracted), driven
 * over stdio by the small client in test/helpers/lsp-client.ts, on a temporary project whose
 * flat config loads the built plugin's `recommended` preset. Needs `npm run build` first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index.js';
import { crlf } from '../helpers/code.js';
import { LspClient } from '../helpers/lsp-client.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const serverBin = path.join(root, 'node_modules', 'vscode-langservers-extracted', 'bin', 'vscode-eslint-language-server');

// The parts of the protocol's types that the assertions below read.
interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface Diagnostic {
  range: Range;
  message: string;
  severity: number;
  code: string;
  codeDescription?: { href: string };
  source: string;
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface WorkspaceEdit {
  documentChanges: { textDocument: { uri: string; version: number }; edits: TextEdit[] }[];
}
/** ESLint's server answers with commands (run through `workspace/executeCommand`), or with edits for fix-all. */
interface CodeAction {
  title: string;
  kind: string;
  command?: { command: string; arguments: unknown[] };
  edit?: WorkspaceEdit;
}

// LSP positions are 0-based; `at(1, 18, 1, 29)` reads as ESLint's 1-based line and column.
function at(line: number, column: number, endLine: number, endColumn: number): Range {
  return { start: { line: line - 1, character: column - 1 }, end: { line: endLine - 1, character: endColumn - 1 } };
}

const docsUrl = (rule: keyof typeof plugin.rules): string => plugin.rules[rule].meta!.docs!.url!;

// A file marked as generated, with a marker field written `tool:claude` (autofixable) and a
// function without a description (a suggestion inserts a JSDoc stub).
const GENERATED = ['// @ai' + '-generated tool:claude', 'export function slugify(title) {', '  return title.toLowerCase();', '}', ''].join('\n');
// 37 code lines and no comment: too long a gap, and too low a share in the file and the function.
// Twelve decisions and no word of why: a function and a run the density rules report.
const GUARDS = Array.from({ length: 12 }, (_, index) => `  if (rows.length > ${index}) total += rows[${index}];`);
const TOTALS = ['export function total(rows) {', '  let total = 0;', ...GUARDS, '  return total;', '}', ''].join('\n');

// A TSX component saved with Windows line endings: LSP positions must not count the `\r`.
const COMPONENT = crlf(
  ['// @ai' + '-generated tool:claude', 'export function Badge({ label }: { label: string }) {', '  return <span className="badge">{label}</span>;', '}', ''].join('\n'),
);

/**
 * The settings VS Code's ESLint extension sends, as the server reads them (its `eslint.js`):
 * lint as you type, flat config, no rule customisations, no global package lookup.
 */
function serverSettings(workspaceUri: string): Record<string, unknown> {
  return {
    validate: 'on',
    run: 'onType',
    useFlatConfig: true,
    experimental: {},
    useESLintClass: false,
    nodePath: null,
    options: {},
    format: false,
    quiet: false,
    onIgnoredFiles: 'off',
    rulesCustomizations: [],
    problems: { shortenToSingleLine: false },
    codeAction: {
      disableRuleComment: { enable: false, location: 'separateLine', commentStyle: 'line' },
      showDocumentation: { enable: false },
    },
    codeActionOnSave: { mode: 'all' },
    workspaceFolder: { name: 'project', uri: workspaceUri },
  };
}

describe('vscode-eslint-language-server with the recommended preset', () => {
  let project: string;
  let client: LspClient;
  let capabilities: Record<string, unknown>;
  // The edits the server asked the editor to apply (through `workspace/applyEdit`), in order.
  const appliedEdits: WorkspaceEdit[] = [];

  const uriOf = (name: string): string => pathToFileURL(path.join(project, 'src', name)).href;

  function open(name: string, text: string, languageId = 'javascript'): string {
    const uri = uriOf(name);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  async function diagnostics(uri: string): Promise<Diagnostic[]> {
    const report = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    expect(report.kind).toBe('full');
    return report.items;
  }

  function quickFixes(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    return client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
  }

  /** Runs a code action's command as an editor would and returns the edit the server sent back. */
  async function execute(action: CodeAction): Promise<WorkspaceEdit> {
    const before = appliedEdits.length;
    await client.request('workspace/executeCommand', action.command);
    expect(appliedEdits).toHaveLength(before + 1);
    return appliedEdits[before]!;
  }

  beforeAll(async () => {
    expect(fs.existsSync(path.join(root, 'dist', 'index.js')), 'run `npm run build` first').toBe(true);
    // Inside the repository: ESLint ignores files outside the base path of the config it uses.
    fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
    project = fs.mkdtempSync(path.join(root, 'test-results', 'lsp-'));
    fs.mkdirSync(path.join(project, 'src'));
    const distUrl = pathToFileURL(path.join(root, 'dist', 'index.js')).href;
    // A user's config: the preset, and typescript-eslint's parser for TypeScript files.
    fs.writeFileSync(
      path.join(project, 'eslint.config.mjs'),
      [
        `import aiCode from ${JSON.stringify(distUrl)};`,
        "import tsParser from '@typescript-eslint/parser';",
        '',
        'export default [',
        '  aiCode.configs.recommended,',
        "  { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },",
        '];',
        '',
      ].join('\n'),
    );
    // Files on disk too: the server resolves settings and the config from the file's path.
    fs.writeFileSync(path.join(project, 'src', 'generated.js'), GENERATED);
    fs.writeFileSync(path.join(project, 'src', 'totals.js'), TOTALS);
    fs.writeFileSync(path.join(project, 'src', 'Badge.tsx'), COMPONENT);

    const workspaceUri = pathToFileURL(project).href;
    client = new LspClient(process.execPath, [serverBin, '--stdio'], project);
    client.onRequest('workspace/configuration', (params) =>
      (params as { items: unknown[] }).items.map(() => serverSettings(workspaceUri)),
    );
    client.onRequest('workspace/applyEdit', (params) => {
      appliedEdits.push((params as { edit: WorkspaceEdit }).edit);
      return { applied: true };
    });
    const reply = await client.request<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: workspaceUri,
      workspaceFolders: [{ uri: workspaceUri, name: 'project' }],
      capabilities: {
        workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } },
        textDocument: {
          diagnostic: { dynamicRegistration: false },
          // Without literal support the server offers no code actions at all.
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll.eslint'] } } },
        },
      },
    });
    capabilities = reply.capabilities;
    client.notify('initialized', {});
  });

  afterAll(async () => {
    try {
      // The orderly LSP end (shutdown, exit) must work: an editor waits for it on close.
      if (client !== undefined) expect(await client.stop()).toBe(0);
    } finally {
      client?.kill();
      if (project !== undefined) fs.rmSync(project, { recursive: true, force: true });
    }
  });

  it('offers pull diagnostics and code actions', () => {
    // Pull diagnostics (`textDocument/diagnostic`) are what this client asks for below.
    expect(capabilities.diagnosticProvider).toEqual({ identifier: 'eslint', interFileDependencies: false, workspaceDiagnostics: false });
    expect(capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll.eslint'] });
  });

  it('reports density and gaps on the exact ranges, linked to the rule docs', async () => {
    const uri = open('totals.js', TOTALS);
    const items = await diagnostics(uri);
    // Warnings (severity 2): the recommended preset warns.
    expect(items).toEqual([
      {
        message: "Function 'total' decides or computes with 2, 3, 4, 5 and 5 more and says where none of them come from.",
        severity: 2,
        source: 'eslint',
        range: at(1, 8, 1, 30),
        code: 'ai-code/comment-ratio',
        codeDescription: { href: docsUrl('comment-ratio') },
      },
      {
        message: 'Lines 3–14 make 12 decisions on 20 unnamed values and explain none of them; the maximum is 7.',
        severity: 2,
        source: 'eslint',
        range: at(3, 3, 3, 41),
        code: 'ai-code/no-comment-gap',
        codeDescription: { href: docsUrl('no-comment-gap') },
      },
    ]);
    // Density and gap findings have neither fixes nor suggestions: no quick fix is offered.
    for (const item of items) expect(await quickFixes(uri, item)).toEqual([]);
  });

  it('offers the marker fix and the JSDoc suggestion as code actions with their edits', async () => {
    const uri = open('generated.js', GENERATED);
    const items = await diagnostics(uri);
    expect(items.map(({ code, range, message, codeDescription }) => ({ code, range, message, href: codeDescription?.href }))).toEqual([
      {
        code: 'ai-code/valid-generated-markers',
        range: at(1, 18, 1, 29),
        message: "Write marker fields as 'tool=value', not 'tool:value'.",
        href: docsUrl('valid-generated-markers'),
      },
      {
        code: 'ai-code/no-undocumented-generated',
        range: at(2, 17, 2, 24),
        message: "Function 'slugify' in generated code has no description.",
        href: docsUrl('no-undocumented-generated'),
      },
    ]);
    const [markerProblem, undocumented] = items as [Diagnostic, Diagnostic];

    // The autofix: a preferred quick fix, plus the server's own "fix all" entry.
    const markerActions = await quickFixes(uri, markerProblem);
    expect(markerActions.map((action) => [action.title, action.command?.command])).toEqual([
      ['Fix this ai-code/valid-generated-markers problem', 'eslint.applySingleFix'],
      ['Fix all auto-fixable problems', 'eslint.applyAllFixes'],
    ]);
    const colonToEquals = [{ range: at(1, 22, 1, 23), newText: '=' }];
    expect((await execute(markerActions[0]!)).documentChanges).toEqual([{ textDocument: { uri, version: 1 }, edits: colonToEquals }]);

    // The suggestion: labelled with its message and the rule, inserting the stub above the export.
    const stubActions = await quickFixes(uri, undocumented);
    expect(stubActions.map((action) => [action.title, action.command?.command])).toEqual([
      ['Add a JSDoc stub to fill in. (ai-code/no-undocumented-generated)', 'eslint.applySuggestion'],
    ]);
    const stub = '/**\n *\n * @param title\n * @returns\n */\n';
    expect((await execute(stubActions[0]!)).documentChanges).toEqual([
      { textDocument: { uri, version: 1 }, edits: [{ range: at(2, 1, 2, 1), newText: stub }] },
    ]);

    // What `source.fixAll.eslint` on save applies: the fix, never the suggestion.
    const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: at(1, 1, 1, 1),
      context: { diagnostics: [], only: ['source.fixAll.eslint'] },
    });
    expect(fixAll).toEqual([
      {
        title: 'Fix all fixable ESLint issues',
        kind: 'source.fixAll.eslint',
        edit: { documentChanges: [{ textDocument: { uri, version: 1 }, edits: colonToEquals }] },
      },
    ]);
  });

  it('re-lints each keystroke: applying the fix as an edit clears its diagnostic', async () => {
    const uri = uriOf('generated.js');
    // The incremental change an editor sends after applying the fix, then a fresh pull.
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: at(1, 22, 1, 23), text: '=' }],
    });
    const items = await diagnostics(uri);
    expect(items.map((item) => `${item.range.start.line + 1} ${item.code}`)).toEqual(['2 ai-code/no-undocumented-generated']);
  });

  it('reports on the same columns in a TSX file with Windows line endings', async () => {
    const uri = open('Badge.tsx', COMPONENT, 'typescriptreact');
    const items = await diagnostics(uri);
    expect(items.map(({ code, range }) => ({ code, range }))).toEqual([
      { code: 'ai-code/valid-generated-markers', range: at(1, 18, 1, 29) },
      { code: 'ai-code/no-undocumented-generated', range: at(2, 17, 2, 22) },
    ]);
    // The fix touches only the colon: nothing shifts by the `\r` of a CRLF line.
    expect((await execute((await quickFixes(uri, items[0]!))[0]!)).documentChanges[0]!.edits).toEqual([{ range: at(1, 22, 1, 23), newText: '=' }]);
    const [suggestion] = await quickFixes(uri, items[1]!);
    expect(suggestion?.title).toBe('Add a JSDoc stub to fill in. (ai-code/no-undocumented-generated)');
  });

  it('needed nothing the test does not answer', () => {
    // No "ESLint library not found" or "no config" request: the server linted with our config.
    expect(new Set(client.serverRequests.map((request) => request.method))).toEqual(new Set(['workspace/configuration', 'workspace/applyEdit']));
    // One lint per pull (four), each ending in the server's "ok" status (1), none in warn or error.
    const statuses = client.notifications.filter((notification) => notification.method === 'eslint/status');
    expect(statuses).toHaveLength(4);
    for (const status of statuses) expect((status.params as { state: number }).state).toBe(1);
  });
});

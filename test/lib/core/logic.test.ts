/**
 * Decisions from tokens: what counts, what does not, the same under espree, typescript-eslint's
 * parser and the report's scanner.
 */
import { describe, expect, it } from 'vitest';
import { findDecisions, type Logic } from '../../../lib/core/logic.js';
import { scanSource } from '../../../lib/scanner/scanner.js';
import type { FileSource } from '../../../lib/source/file-source.js';
import { eslintSourceOf } from '../../helpers/facts.js';

/** Each decision as the text of its token, with its loop depth when it is a loop. */
function decisionsIn(source: FileSource): string[] {
  const logic: Logic = findDecisions(source);
  const found: string[] = [];
  for (let index = 0; index < logic.count; index++) {
    const token = source.tokens.find((candidate) => candidate.range[0] === logic.starts[index])!;
    const depth = logic.loopDepths[index]!;
    found.push(depth === 0 ? token.value : `${token.value}@${depth}`);
  }
  return found;
}

/** The decisions under every reader of `language` that can read the snippet, which must agree. */
function decisions(code: string, language: 'js' | 'ts' = 'ts', jsx = true): string[] {
  const viaESLint = decisionsIn(eslintSourceOf(code, { language, jsx }));
  // JavaScript reads the same under typescript-eslint's parser, which must find the same.
  if (language === 'js') expect(decisionsIn(eslintSourceOf(code, { language: 'ts', jsx })), 'typescript-eslint').toEqual(viaESLint);
  const scanned = scanSource(code, { parser: language === 'ts' ? 'typescript' : 'espree', jsx });
  if (scanned !== undefined) expect(decisionsIn(scanned), 'scanner').toEqual(viaESLint);
  return viaESLint;
}

/** Each decision as the text of its token and its weight, the same under every reader. */
function weighed(code: string): string[] {
  const read = (source: FileSource): string[] => {
    const logic = findDecisions(source);
    return Array.from({ length: logic.count }, (_, index) => {
      const token = source.tokens.find((candidate) => candidate.range[0] === logic.starts[index])!;
      return `${token.value}:${logic.weights[index]}`;
    });
  };
  const viaESLint = read(eslintSourceOf(code, { language: 'js', jsx: false }));
  const scanned = scanSource(code, { parser: 'espree', jsx: false });
  if (scanned !== undefined) expect(read(scanned), 'scanner').toEqual(viaESLint);
  return viaESLint;
}

describe('findDecisions', () => {
  it('weighs decisions: two inside a branch or loop block of their function, nothing for a guard clause', () => {
    const code = [
      'function f(rows, limit) {',
      "  if (!rows) throw new Error('rows are required');",
      '  if (limit < 0) return null;',
      '  for (const row of rows) {',
      '    if (row.skip) { row.count += 1; }',
      '    else if (row.total > limit) row.flag = true;',
      '    else { row.ok = row.total > 0 ? 1 : 0; }',
      '  }',
      '  return rows.map((row) => { if (row.ok) return row.total * 2; return 0; });',
      '}',
    ].join('\n');
    expect(weighed(code)).toEqual(['if:0', 'if:0', 'for:1', 'if:2', 'if:1', '?:0', 'if:1']);
  });

  it('weighs nothing for a branch that states its own reason or picks text, and for a conditional that picks a constant', () => {
    const code = [
      'function f(kind, dark, t, user) {',
      "  if (!user) { console.warn(`no user for ${kind}`); return; }",
      "  if (kind === 'weekly') label = t('plan.weekly');",
      "  else if (kind === 'daily') { label = 'Daily'; }",
      "  if (user.banned) { toast.error(t('banned')); }",
      '  if (user.retry) { user.count += 1; }',
      "  if (user.stale) { log('stale'); user.reset(); }",
      "  if (user.gone) { return { error: 'gone' }; log('never'); }",
      '  if (user.late) return user.minutes * 60;',
      '  if (user.early) return -1;',
      "  const tone = dark ? 0.62 : 0.56;",
      "  const word = dark ? t('dark') : user.mode;",
      '  return dark ? user.a : user.b;',
      '}',
    ].join('\n');
    expect(weighed(code)).toEqual(['if:0', 'if:0', 'if:0', 'if:0', 'if:1', 'if:1', 'if:1', 'if:1', 'if:0', '?:0', '?:0', '?:1']);
  });

  it('counts statements once each: if and else if, loops, switch (not its cases), catch', () => {
    const code = [
      'async function f(a, items) {',
      '  if (a) g(); else if (!a) h(); else k();',
      '  for (const x of items) { while (x.next) { x.step(); } }',
      '  do { a-- } while (a > 0)',
      '  switch (a) { case 1: break; case 2: break; default: }',
      '  try { g() } catch (error) { h(error) }',
      '  for await (const y of items) y();',
      '}',
    ].join('\n');
    expect(decisions(code, 'js')).toEqual(['if', 'if', 'for@1', 'while@2', 'do@1', 'switch', 'catch', 'for@1']);
  });

  it('counts logical operators and their assignments, and the conditional operator', () => {
    expect(decisions('let a = (b && c || d) ?? e; a ||= 1; a &&= 2; a ??= 3; const v = a ? 1 : 2;', 'js')).toEqual([
      '&&',
      '||',
      '??',
      '||=',
      '&&=',
      '??=',
      '?',
    ]);
  });

  it('counts a run of one logical operator once, as cognitive complexity does', () => {
    const code = [
      'const timeout = cli.timeout ?? env.timeout ?? json.timeout ?? 30;',
      'const ok = a && b.c === 1 && f(d || e || g) && h',
      'const next = i || j',
      'call(k && l, m && n);',
    ].join('\n');
    expect(decisions(code, 'js')).toEqual(['??', '&&', '||', '||', '&&', '&&']);
  });

  it('does not count a fallback to a constant, which says what the default is', () => {
    const code = "const a = b ?? ''; const c = d || 3000; f(g ?? [], h || {}, i ?? null, j ?? `k`); const l = m || n; const o = p ?? 'q'.length;";
    expect(decisions(code, 'js')).toEqual(['||', '??']);
  });

  it('does not count optional chaining or property names that spell keywords', () => {
    expect(decisions('const v = a?.b?.[0]?.(c); const o = { if: 1, for: 2 }; o.if; o.while; p.catch(q);', 'js')).toEqual([]);
  });

  it("does not count TypeScript's optional marks or conditional types", () => {
    const code = [
      'interface P { a?: string; close?(): void; b?; }',
      'type T<X> = X extends string ? "s" : X extends number ? "n" : never;',
      'function f(x?: number, y?: T<string>): void {}',
      'class C { z?: number; m?(): void; }',
      'type Tuple = [a?, b?];',
      'const v = q ? (r) : s;',
    ].join('\n');
    expect(decisions(code)).toEqual(['?']);
  });

  it('does not count decisions in JSX markup, but does in a function body inside it', () => {
    const code = [
      'export function List({ items, loading }) {',
      '  const shown = items.filter((item) => item.visible && !item.hidden);',
      '  return (',
      '    <ul className={loading ? "dim" : "bright"}>',
      '      {loading && <Spinner />}',
      '      {shown.map((item) => item.done ? <Done key={item.id} /> : <Todo key={item.id} />)}',
      '      <>{a || b}</>',
      '      <button onClick={() => { if (confirm()) { remove(items) } }}>x</button>',
      '    </ul>',
      '  );',
      '}',
      'const after = a && b;',
    ].join('\n');
    expect(decisions(code)).toEqual(['&&', 'if', '&&']);
  });

  it('marks the braces of function bodies, not of objects after a conditional', () => {
    const code = 'function f(a) {\n  const o = a ? g(a) : {};\n  return o;\n}\nclass C { m(): void {} }\nconst h = (x) => { return x; };';
    const source = eslintSourceOf(code, { language: 'ts' });
    const logic = findDecisions(source);
    const braces = Array.from(logic.boundaries.slice(0, logic.boundaryCount), (offset) => code.slice(0, offset).split('\n').length);
    expect(braces).toEqual([1, 4, 5, 5, 6, 6]);
  });

  it('counts nothing in data, types and template text', () => {
    const code = [
      'const table = { a: [1, 2, 3], b: { c: "if (x) y" } };',
      'const prompt = `You are a helper. If the user asks, answer && stop ? never : ${name}.`;',
      'const schema = z.object({ name: z.string().describe("The name, if any"), age: z.number().optional() });',
      'type Props = { onClose?: () => void; size: "s" | "m" };',
    ].join('\n');
    expect(decisions(code)).toEqual([]);
  });

  it('finds the tokens whose meaning is in no name: numbers, arithmetic, patterns, cryptic tags', () => {
    const code = [
      'const LIMIT = 1440, OFFSET = -24, options = { maxKm: 40, retries: 3 };',
      'function f(minutes, mode, text, flags, parts, step = 15) {',
      "  if (mode === 'n' || mode === 'move') return parts[2] * 60 + minutes % 15;",
      '  const hour = text.match(/^(\\d{1,2}):?(\\d{2})?$/), plain = /^PASS: /;',
      '  const low = (flags & 0xff) >> 4, half = minutes / 2, name = `a` + mode, next = minutes + step;',
      "  switch (mode) { case 's': return -1; case 'stop': return 0; }",
      '  const bit = ~flags, pick = mode ? 5 : 10, wait = sleep(500), ms = setTimeout(f, 300);',
      '  return minutes > 1440 ? 1 : 0;',
      '}',
    ].join('\n');
    const read = (source: FileSource): string[] => {
      const logic = findDecisions(source);
      return Array.from({ length: logic.unnamedCount }, (_, index) => source.tokens.find((token) => token.range[0] === logic.unnamedStarts[index])!.value);
    };
    const viaESLint = read(eslintSourceOf(code, { language: 'ts', jsx: false }));
    expect(viaESLint).toEqual(
      ['===', '2', '*', '60', '+', '%', '15', '/^(\\d{1,2}):?(\\d{2})?$/', '&', '0xff', '>>', '4', '/', '2', '+', "'s'", '~', '5', '10', '300', '1440'],
    );
    const scanned = scanSource(code, { parser: 'typescript', jsx: false });
    if (scanned !== undefined) expect(read(scanned), 'scanner').toEqual(viaESLint);
    expect(read(eslintSourceOf(code, { language: 'js', jsx: false })), 'espree').toEqual(viaESLint);
  });

  it('finds the values that decide or compute, and none that a call, a unit or a table names', () => {
    const code = [
      'function f(score, status, message, width, ms, minutes, parts, text, flag) {',
      '  if (score < 0.3) return score * 0.1;',
      "  if (status === 404 || message.includes('403')) throw new Error('gone');",
      "  const label = score >= 0.9 ? 'top' : score >= 0.5 ? colors.mid : 'low';",
      "  if (score > 0.8) return 'great';",
      "  const pad = String(width).padStart(2, '0'), w = Math.max(4, width), s = ms / 1000, hour = minutes < 60, sq = width ** 2;",
      "  if (parts[3] === 'x' || parts.length > 2) return /^\\d{3,4}$/.test(text) && /^\\w+$/.test(text);",
      "  return flag === '1' ? 1 : 0;",
      '}',
    ].join('\n');
    const read = (source: FileSource): string[] => {
      const logic = findDecisions(source);
      return Array.from({ length: logic.valueCount }, (_, index) => source.tokens.find((token) => token.range[0] === logic.valueStarts[index])!.value);
    };
    const viaESLint = read(eslintSourceOf(code, { language: 'ts', jsx: false }));
    expect(viaESLint).toEqual(['0.3', '0.1', '404', "'403'", '2', '/^\\d{3,4}$/']);
    const scanned = scanSource(code, { parser: 'typescript', jsx: false });
    if (scanned !== undefined) expect(read(scanned), 'scanner').toEqual(viaESLint);
    expect(read(eslintSourceOf(code, { language: 'js', jsx: false })), 'espree').toEqual(viaESLint);
  });

  it('lists exactly the entries it counts, also once a ladder has taken its bounds back', () => {
    const code = "function f(score, width) {\n  if (width > 40 && width < 80) return width * 2;\n  return score >= 0.9 ? 'top' : score >= 0.5 ? 'mid' : 'low';\n}";
    const logic = findDecisions(eslintSourceOf(code, { language: 'js', jsx: false }));
    expect(logic.valueCount).toBeGreaterThan(0);
    expect([logic.starts.length, logic.loopDepths.length, logic.weights.length]).toEqual([logic.count, logic.count, logic.count]);
    expect(logic.boundaries.length).toBe(logic.boundaryCount);
    expect(logic.unnamedStarts.length).toBe(logic.unnamedCount);
    expect(logic.valueStarts.length).toBe(logic.valueCount);
  });

  it('counts the decisions inside template expressions', () => {
    expect(decisions('const s = `a ${b ? c : d} e`;', 'js')).toEqual(['?']);
  });
});

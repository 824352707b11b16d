/**
 * no-undocumented-generated: inside AI-generated code, every function, method, class and
 * exported declaration outside a function body needs a description, longer for complex or long
 * functions. What is generated comes from the marker grammar (lib/markers/regions.ts via
 * FileAnalysis); what counts as description, from lib/eslint/descriptions.ts.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { report } from '../lib/eslint/rule-context.js';
import { createRule } from '../lib/eslint/create-rule.js';
import { descriptionWords, jsdocStub } from '../lib/eslint/descriptions.js';
import { declarationOf, describeFunction, type FunctionNode } from '../lib/eslint/function-spans.js';

export type DeclarationKind = 'function' | 'method' | 'class' | 'export';

export interface Tier {
  complexity?: number;
  lines?: number;
  minimumWords: number;
}

export interface NoUndocumentedGeneratedOptions {
  kinds: DeclarationKind[];
  minimumLines: number;
  minimumWords: number;
  tiers: Tier[];
}

export type MessageIds = 'undocumented' | 'tooFewWords' | 'addStub';

// Decision points of cyclomatic complexity, as ESLint's `complexity` rule counts them.
const DECISIONS = [
  'IfStatement',
  'ConditionalExpression',
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'WhileStatement',
  'DoWhileStatement',
  'CatchClause',
  'SwitchCase[test]',
  'LogicalExpression',
  'AssignmentExpression[operator=/^(?:&&|\\|\\||\\?\\?)=$/]',
].join(', ');

// Initialisers that make an exported variable a function or class, checked as such instead.
const FUNCTION_TYPES = new Set(['FunctionExpression', 'ArrowFunctionExpression', 'ClassExpression']);

/** What is learned about a function while its body is traversed. */
interface FunctionFrame {
  readonly node: FunctionNode;
  complexity: number;
  returnsValue: boolean;
}

export default createRule<NoUndocumentedGeneratedOptions, MessageIds>({
  name: 'no-undocumented-generated',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require a description on functions, methods, classes and exports in AI-generated code',
      recommended: true,
      generatedCodeOnly: true,
      // `strict` wants a phrase, not a single word, on every generated declaration.
      strictOptions: { minimumWords: 3 },
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          // Kinds rather than node types: users think in functions and classes, not ESTree names.
          kinds: {
            type: 'array',
            items: { type: 'string', enum: ['function', 'method', 'class', 'export'] },
            uniqueItems: true,
            description: 'Which declarations need a description.',
          },
          minimumLines: {
            type: 'integer',
            minimum: 1,
            description: 'Declarations spanning fewer lines than this are not checked.',
          },
          minimumWords: {
            type: 'integer',
            minimum: 1,
            description: 'Words of description (outside JSDoc tags) that every checked declaration needs.',
          },
          // Tiers answer the request for "documentation in proportion to complexity": each tier
          // names a threshold (complexity, length or both) and the words it asks for.
          tiers: {
            type: 'array',
            description: 'More words for bigger functions: a function at or above a tier\'s complexity or line count needs its minimumWords.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['minimumWords'],
              properties: {
                complexity: { type: 'integer', minimum: 1, description: 'Cyclomatic complexity at which the tier applies.' },
                lines: { type: 'integer', minimum: 1, description: 'Length in lines at which the tier applies.' },
                minimumWords: { type: 'integer', minimum: 1, description: 'Words of description the tier requires.' },
              },
            },
          },
        },
      },
    ],
    // One word proves a human (or the assistant) wrote something; complex functions need a
    // real explanation, so complexity 10 (ESLint's `complexity` default limit is 20) asks for 10.
    defaultOptions: [{ kinds: ['function', 'method', 'class', 'export'], minimumLines: 1, minimumWords: 1, tiers: [{ complexity: 10, minimumWords: 10 }] }],
    messages: {
      undocumented: '{{subject}} in generated code has no description.',
      tooFewWords: '{{subject}} in generated code has {{words}} words of description; {{minimum}} are required{{reason}}.',
      addStub: 'Add a JSDoc stub to fill in.',
    },
  },
  create(context, options, analysis) {
    const { sourceCode } = analysis;
    // Most files contain no generated code: they cost this one check and no listeners.
    if (!analysis.hasGeneratedCode) return {};
    const kinds = new Set(options.kinds);
    const functions: FunctionFrame[] = [];

    /** Reports `node` unless the comments touching `documented` describe it well enough. */
    function check(node: TSESTree.Node, documented: TSESTree.Node, subject: () => string, frame?: FunctionFrame): void {
      const lines = node.loc.end.line - node.loc.start.line + 1;
      if (lines < options.minimumLines || !analysis.isGenerated(documented.range[0])) return;
      const { minimum, reason } = requiredWords(options, lines, frame?.complexity);
      const words = descriptionWords(analysis.facts.leadingComments(documented.range[0], documented.loc.start.line));
      if (words >= minimum) return;
      const params = frame?.node.params ?? [];
      const eol = sourceCode.text.includes('\r\n') ? '\r\n' : '\n';
      const stub = jsdocStub(sourceCode.lines[documented.loc.start.line - 1] ?? '', params, frame?.returnsValue ?? false, eol);
      report(context, {
        node: documentedHead(node),
        messageId: words === 0 ? 'undocumented' : 'tooFewWords',
        data: { subject: subject(), words, minimum, reason },
        suggest: [{ messageId: 'addStub', fix: (fixer) => fixer.insertTextBefore(documented, stub) }],
      });
    }

    // Underline the name where there is one, not the whole body.
    function documentedHead(node: TSESTree.Node): TSESTree.Node {
      if ('id' in node && node.id) return node.id;
      if ('key' in node && node.key) return node.key;
      return node;
    }

    function enterFunction(node: FunctionNode): void {
      functions.push({ node, complexity: 1, returnsValue: node.type === 'ArrowFunctionExpression' && node.expression });
    }

    // Functions are judged on exit, when their complexity and return statements are known.
    function exitFunction(node: FunctionNode): void {
      const frame = functions.pop()!;
      // A function inside another one is part of that one's implementation, which its description covers.
      if (functions.length > 0) return;
      const parent = node.parent;
      const isMethod = parent.type === 'MethodDefinition' || parent.type === 'TSAbstractMethodDefinition' || (parent.type === 'Property' && (parent.method || parent.kind !== 'init'));
      const isNamedFunction = node.type === 'FunctionDeclaration' || (parent.type === 'VariableDeclarator' && parent.init === node);
      if (isMethod ? !kinds.has('method') : !isNamedFunction || !kinds.has('function')) return;
      check(isMethod ? parent : node, declarationOf(node), () => describeFunction(node), frame);
    }

    return {
      'FunctionDeclaration, FunctionExpression, ArrowFunctionExpression': enterFunction,
      'FunctionDeclaration, FunctionExpression, ArrowFunctionExpression:exit': exitFunction,
      [DECISIONS](): void {
        const frame = functions.at(-1);
        if (frame !== undefined) frame.complexity++;
      },
      ReturnStatement(node): void {
        const frame = functions.at(-1);
        if (frame !== undefined && node.argument !== null) frame.returnsValue = true;
      },
      'ClassDeclaration, ClassExpression'(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): void {
        // A class declared inside a function is, like a nested function, covered by that function's description.
        const documented = kinds.has('class') && functions.length === 0 ? classDeclarationOf(node) : undefined;
        if (documented !== undefined) check(node, documented, () => describeClass(node));
      },
      'ExportNamedDeclaration, ExportDefaultDeclaration'(node: TSESTree.ExportNamedDeclaration | TSESTree.ExportDefaultDeclaration): void {
        if (!kinds.has('export') || node.declaration === null || node.declaration === undefined) return;
        const declaration = node.declaration;
        if (declaration.type === 'VariableDeclaration') {
          // Exported functions and classes bound to variables are checked as such.
          if (declaration.declarations.every((declarator) => declarator.init !== null && FUNCTION_TYPES.has(declarator.init.type))) return;
        } else if (/Function|Class/u.test(declaration.type)) {
          return;
        }
        check(node, node, () => `Exported ${exportedKind(declaration)}${exportedName(declaration)}`);
      },
    };
  },
});

/**
 * The words a declaration of `lines` lines and (for functions) `complexity` must have: the
 * base minimum, or the largest minimum of the tiers it reaches, with the reason for messages.
 */
function requiredWords(options: NoUndocumentedGeneratedOptions, lines: number, complexity: number | undefined): { minimum: number; reason: string } {
  let minimum = options.minimumWords;
  let reason = '';
  for (const tier of options.tiers) {
    const byComplexity = complexity !== undefined && tier.complexity !== undefined && complexity >= tier.complexity;
    const byLength = tier.lines !== undefined && lines >= tier.lines;
    if ((byComplexity || byLength) && tier.minimumWords > minimum) {
      minimum = tier.minimumWords;
      reason = byComplexity ? ` at complexity ${complexity}` : ` at ${lines} lines`;
    }
  }
  return { minimum, reason };
}

/** The node a class's documentation sits above, or undefined for a class that is not bound to a name. */
function classDeclarationOf(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): TSESTree.Node | undefined {
  const parent = node.parent;
  let documented: TSESTree.Node;
  if (node.type === 'ClassDeclaration') documented = node;
  else if (parent.type === 'VariableDeclarator' && parent.init === node) documented = parent.parent;
  else return undefined;
  const outer = documented.parent;
  return outer?.type === 'ExportNamedDeclaration' || outer?.type === 'ExportDefaultDeclaration' ? outer : documented;
}

function describeClass(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): string {
  const parent = node.parent;
  const name = node.id?.name ?? (parent.type === 'VariableDeclarator' && parent.id.type === 'Identifier' ? parent.id.name : undefined);
  return name === undefined ? 'Anonymous class' : `Class '${name}'`;
}

/** How a message names an exported declaration's kind, in the words a user would use. */
function exportedKind(declaration: TSESTree.Node): string {
  switch (declaration.type) {
    case 'VariableDeclaration':
      return 'variable';
    case 'TSInterfaceDeclaration':
      return 'interface';
    case 'TSTypeAliasDeclaration':
      return 'type';
    case 'TSEnumDeclaration':
      return 'enum';
    case 'TSModuleDeclaration':
      return 'namespace';
    default:
      return 'value';
  }
}

/** The exported name, quoted for the message, or nothing for destructuring and anonymous defaults. */
function exportedName(declaration: TSESTree.Node): string {
  if (declaration.type === 'VariableDeclaration') {
    const [first] = declaration.declarations;
    return first?.id.type === 'Identifier' ? ` '${first.id.name}'` : '';
  }
  if ('id' in declaration && declaration.id?.type === 'Identifier') return ` '${declaration.id.name}'`;
  return '';
}

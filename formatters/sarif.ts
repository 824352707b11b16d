/**
 * An ESLint formatter that writes SARIF 2.1.0, for GitHub code scanning and other SARIF
 * viewers: `eslint -f ./node_modules/eslint-plugin-ai-code/dist/formatters/sarif.js`.
 *
 * Shipped here rather than recommending @microsoft/eslint-formatter-sarif, which declares
 * ESLint 8 as a dependency and so installs a second ESLint into projects on 9 or 10. This one
 * needs nothing but the results and rule metadata ESLint hands every formatter, so it works
 * with any rules, not only ours: each rule's `meta.docs.url` becomes its `helpUri`.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ESLint, Linter, Rule } from 'eslint';

/** The base every result's file is relative to: the directory ESLint ran in. */
const SOURCE_ROOT = '%SRCROOT%';

// The parts of SARIF's object model this formatter writes, with the specification's names.
type Level = 'error' | 'warning';

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

interface Region {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

interface PhysicalLocation {
  physicalLocation: { artifactLocation: ArtifactLocation; region?: Region };
}

interface ReportingDescriptor {
  id: string;
  shortDescription?: { text: string };
  helpUri?: string;
  properties?: { category?: string };
}

/** One finding; problems silenced by `eslint-disable` carry `suppressions` rather than vanishing. */
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: { text: string };
  locations: PhysicalLocation[];
  suppressions?: { kind: 'inSource' | 'external'; justification?: string }[];
}

interface Notification {
  level: Level;
  message: { text: string };
  locations: PhysicalLocation[];
}

/** The artifact location of `filePath`: relative to `cwd` where it lies inside it, as SARIF viewers expect. */
function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  const relative = path.relative(cwd, filePath);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(filePath).href };
  // Each segment percent-encoded, so names with spaces or `#` stay valid URI references.
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

/** ESLint's 1-based lines and columns are SARIF's too; a message without a line has no region. */
function regionOf(message: Linter.LintMessage): Region | undefined {
  if (!(message.line >= 1)) return undefined;
  const region: Region = { startLine: message.line };
  if (message.column >= 1) region.startColumn = message.column;
  if (message.endLine !== undefined && message.endLine >= 1) region.endLine = message.endLine;
  if (message.endColumn !== undefined && message.endColumn >= 1) region.endColumn = message.endColumn;
  return region;
}

const levelOf = (message: Linter.LintMessage): Level => (message.severity === 2 ? 'error' : 'warning');

/** The rule descriptor SARIF viewers show: ESLint's description and the rule's documentation link. */
function descriptorOf(ruleId: string, meta: Rule.RuleMetaData | undefined): ReportingDescriptor {
  const descriptor: ReportingDescriptor = { id: ruleId };
  const docs = meta?.docs;
  if (docs?.description !== undefined) descriptor.shortDescription = { text: docs.description };
  if (docs?.url !== undefined) descriptor.helpUri = docs.url;
  if (meta?.type !== undefined) descriptor.properties = { category: meta.type };
  return descriptor;
}

/** Formats ESLint's results as one SARIF 2.1.0 log with a single run. */
export default function formatSarif(results: ESLint.LintResult[], context?: ESLint.LintResultData): string {
  const cwd = context?.cwd ?? process.cwd();
  const rulesMeta = context?.rulesMeta ?? {};
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const artifacts: { location: ArtifactLocation }[] = [];
  const sarifResults: SarifResult[] = [];
  // Problems without a rule (parse errors, ignored-file warnings) are the tool's own notifications.
  const notifications: Notification[] = [];

  // Rules are listed once, in the order they are first reported; results point at them by index.
  const indexOfRule = (ruleId: string): number => {
    let index = ruleIndex.get(ruleId);
    if (index === undefined) {
      index = rules.push(descriptorOf(ruleId, rulesMeta[ruleId])) - 1;
      ruleIndex.set(ruleId, index);
    }
    return index;
  };

  for (const result of results) {
    const location = artifactLocation(result.filePath, cwd);
    const artifactIndex = artifacts.push({ location }) - 1;
    const locationOf = (message: Linter.LintMessage): PhysicalLocation[] => {
      const region = regionOf(message);
      const artifact = { ...location, index: artifactIndex };
      return [{ physicalLocation: region === undefined ? { artifactLocation: artifact } : { artifactLocation: artifact, region } }];
    };
    const reported = [
      ...result.messages.map((message) => ({ message, suppressions: undefined })),
      // Problems silenced by `eslint-disable` comments stay visible as suppressed results.
      ...result.suppressedMessages.map((message) => ({
        message,
        suppressions: message.suppressions.map(({ kind, justification }) => ({
          kind: kind === 'directive' ? ('inSource' as const) : ('external' as const),
          ...(justification ? { justification } : {}),
        })),
      })),
    ];
    for (const { message, suppressions } of reported) {
      if (message.ruleId === null) {
        notifications.push({ level: levelOf(message), message: { text: message.message }, locations: locationOf(message) });
        continue;
      }
      sarifResults.push({
        ruleId: message.ruleId,
        ruleIndex: indexOfRule(message.ruleId),
        level: levelOf(message),
        message: { text: message.message },
        locations: locationOf(message),
        ...(suppressions === undefined ? {} : { suppressions }),
      });
    }
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ESLint', informationUri: 'https://eslint.org', rules } },
        // Directory URLs end with a slash, so relative artifact URIs resolve inside it.
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: `${pathToFileURL(cwd).href.replace(/\/$/u, '')}/` } },
        columnKind: 'utf16CodeUnits',
        artifacts,
        results: sarifResults,
        invocations: [
          {
            // ESLint itself finished (it exits 2 otherwise, with no output to format); files it
            // could not parse are listed as error notifications instead.
            executionSuccessful: true,
            toolExecutionNotifications: notifications,
          },
        ],
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

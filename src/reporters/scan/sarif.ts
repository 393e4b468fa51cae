/**
 * `--format sarif`: SARIF 2.1.0, written as it goes. GitHub code scanning ignores results past
 * 5,000 in a run and rejects files with more than 25,000, so the first 5,000 findings are written
 * and a tool notification says how many more there were. The run's `tool` comes after its
 * results (JSON objects have no key order), so it can describe every rule that was reported,
 * plugin rules included, in the order `ruleIndex` numbered them.
 */
import type { Notification, ReportingDescriptor, Result, ToolComponent } from 'sarif';
import type { SuppressedMessage } from '../../core/directives.js';
import type { LintMessage, Rule } from '../../core/types.js';
import type { ExportItem } from '../../input/items.js';
import { fingerprintFinding } from '../../scan/fingerprint.js';
import { locate } from './location.js';
import type { ScanReporterFactory } from './types.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/kindness-lint/kindness';
export const MAX_SARIF_RESULTS = 5000;

function describeRule(id: string, rule: Rule | undefined): ReportingDescriptor {
  if (rule === undefined) return { id };
  const { meta } = rule;
  return {
    id,
    name: id,
    shortDescription: { text: meta.description },
    ...(/^https?:/.test(meta.docs) && { helpUri: meta.docs }),
    defaultConfiguration: { level: meta.defaultLevel === 'error' ? 'error' : 'warning' },
    properties: { category: meta.category, ...(meta.docsPath !== undefined && { docsPath: meta.docsPath }) },
  };
}

/** A path as a SARIF URI reference: forward slashes, each segment percent-encoded. */
export function toUriReference(file: string): string {
  return file.split(/[\\/]/).map((segment) => encodeURIComponent(segment).replace(/%21/g, '!')).join('/');
}

function toResult(item: ExportItem, message: LintMessage, ruleIndex: number): Result {
  const location = locate(item, message);
  const region =
    location.line === undefined
      ? undefined
      : location.column === undefined
        ? { startLine: location.line }
        : { startLine: location.line, startColumn: location.column, endLine: location.endLine, endColumn: location.endColumn };
  const suppressions = (message as Partial<SuppressedMessage>).suppressions;
  return {
    ruleId: message.ruleId,
    ruleIndex,
    ...(suppressions && { suppressions: suppressions.map(({ justification }) => ({ kind: 'inSource' as const, ...(justification && { justification }) })) }),
    level: message.severity === 'error' ? 'error' : 'warning',
    message: { text: `${message.message} ${message.why}${message.suggestions[0] ? ` Kinder: ${message.suggestions[0]}` : ''}` },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: toUriReference(location.file) }, ...(region && { region }) },
        ...(location.pointer && { logicalLocations: [{ fullyQualifiedName: location.pointer, kind: 'element' }] }),
      },
    ],
    partialFingerprints: { 'kindnessFinding/v1': fingerprintFinding(item, message) },
    properties: {
      category: message.category,
      confidence: message.confidence,
      matched: message.text,
      itemId: item.id,
      author: item.author,
      createdAt: item.createdAt,
      url: item.url,
    },
  };
}

export const createSarifReporter: ScanReporterFactory = (write, { version, rules }) => {
  // The rules known when the run starts (the built-in ones, in registry order) come first, so
  // their indices are the same in every run; plugin rules follow as they report.
  const ruleIndices = new Map([...rules.keys()].map((id, index) => [id, index]));
  const indexOf = (ruleId: string): number => {
    let index = ruleIndices.get(ruleId);
    if (index === undefined) ruleIndices.set(ruleId, (index = ruleIndices.size));
    return index;
  };
  write(`{"version":"2.1.0","$schema":"${SARIF_SCHEMA}","runs":[{"results":[`);
  let written = 0;
  let left = 0;
  return {
    item({ item, messages }) {
      for (const message of messages) {
        if (written >= MAX_SARIF_RESULTS) {
          left++;
          continue;
        }
        write(`${written === 0 ? '\n' : ',\n'}${JSON.stringify(toResult(item, message, indexOf(message.ruleId)))}`);
        written++;
      }
    },
    finish({ files, errors }) {
      const described = [...ruleIndices.keys()].map((id) => describeRule(id, rules.get(id)));
      const driver: ToolComponent = { name: 'kindness', version, informationUri: INFORMATION_URI, rules: described };
      const notifications: Notification[] = [];
      if (left > 0) notifications.push({ level: 'warning', message: { text: `${left} more findings were left out: GitHub code scanning reads at most ${MAX_SARIF_RESULTS} results per run. Use --format json or jsonl for all of them.` } });
      // Inputs that could not be read: the run did not succeed, whatever the results say.
      const failed = files.filter((file) => file.status === 'failed');
      for (const file of failed) {
        notifications.push({ level: 'error', message: { text: `${file.file}: ${file.reason}` }, locations: [{ physicalLocation: { artifactLocation: { uri: toUriReference(file.file) } } }] });
      }
      for (const error of errors) notifications.push({ level: 'error', message: { text: error.message } });
      const executionSuccessful = failed.length === 0 && errors.length === 0;
      write(`\n],"tool":${JSON.stringify({ driver })},"invocations":[${JSON.stringify({ executionSuccessful, toolExecutionNotifications: notifications })}]}]}\n`);
    },
  };
};

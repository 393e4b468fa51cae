import { createHash } from 'node:crypto';
import type { LintMessage } from '../core/types.js';
import type { ExportItem } from '../input/items.js';

/**
 * A stable id for one finding in one item: the rule, the item (its id, or its text when the
 * export gives none) and the words, not the file or line, so a fresh export of the same account
 * still matches. Baselines and SARIF's partialFingerprints use it.
 */
export function fingerprintFinding(item: ExportItem, message: LintMessage): string {
  return createHash('sha256').update(`${message.ruleId}\0${item.id ?? item.text}\0${message.text.toLowerCase()}`).digest('hex').slice(0, 32);
}

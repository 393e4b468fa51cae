/** Lints a batch of texts with one config: the unit of work a worker thread receives. */
import { verifyText, type LintConfig } from '../core/linter.js';
import type { LintMessage, Rule } from '../core/types.js';

/** Findings per text, in order; `undefined` for a clean text, so clean items cost nothing to send. */
export type BatchFindings = (LintMessage[] | undefined)[];

export function lintBatch(texts: readonly string[], config: LintConfig, rules: ReadonlyMap<string, Rule>): BatchFindings {
  return texts.map((text) => {
    const { messages } = verifyText(text, config, rules);
    return messages.length === 0 ? undefined : messages;
  });
}

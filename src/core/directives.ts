/**
 * Inline suppressions, after ESLint's disable comments:
 *
 *   kindness-disable-next-line insults -- he asked for a roast
 *   <!-- kindness-disable-line -->
 *   kindness-disable profanity      …      kindness-enable profanity
 *
 * A directive is an HTML comment anywhere (Markdown), or a line of its own, optionally after
 * `#`, `//` or a WebVTT `NOTE`. Rule ids are separated by commas or spaces; none means every
 * rule; text after ` -- ` is the reason. Pure: text in, directives out.
 */
import type { LineIndex } from './locations.js';
import type { LintMessage } from './types.js';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** The rule ids it names; empty for every rule. */
  rules: string[];
  /** Why, from the text after ` -- `. */
  reason: string | undefined;
  /** [start, end) of the whole comment in the original text. */
  range: [number, number];
  /** The 1-based line it is on. */
  line: number;
  /**
   * For `disable-next-line`: the line it silences. The file linter sets it to the next line with
   * checked text (past a WebVTT NOTE block or a blank line); otherwise the line below.
   */
  targetLine?: number;
}

const HTML_DIRECTIVE = /<!--\s*kindness-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;
const LINE_DIRECTIVE = /^[ \t]*(?:#+|\/\/+|NOTE)?[ \t]*kindness-(disable-next-line|disable-line|disable|enable)\b([^\r\n]*)$/gm;

function parseBody(body: string): { rules: string[]; reason: string | undefined } {
  const [list = '', ...reason] = body.split(/\s--\s|\s--$|^--\s/);
  const joined = reason.join(' -- ').trim();
  return { rules: list.split(/[\s,]+/).filter((id) => id !== ''), reason: joined === '' ? undefined : joined };
}

/** Finds every directive in `text`, in order. */
export function parseDirectives(text: string, lines: LineIndex): Directive[] {
  if (!text.includes('kindness-')) return [];
  const found: Directive[] = [];
  for (const pattern of [HTML_DIRECTIVE, LINE_DIRECTIVE]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      // A plain-line directive that is really inside an HTML comment was found already.
      if (found.some((directive) => directive.range[0] <= start && start < directive.range[1])) continue;
      found.push({ kind: match[1] as DirectiveKind, ...parseBody(match[2] ?? ''), range: [start, end], line: lines.positionOf(start).line });
    }
  }
  return found.sort((a, b) => a.range[0] - b.range[0]);
}

/** A message and the directive that silenced it. */
export interface SuppressedMessage extends LintMessage {
  suppressions: { kind: 'directive'; justification: string }[];
}

export interface AppliedDirectives {
  kept: LintMessage[];
  suppressed: SuppressedMessage[];
  /** Directives (or the rule ids in them) that silenced nothing. */
  unused: { directive: Directive; ruleId: string | undefined }[];
}

function names(directive: Directive, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId);
}

/** The directive that silences `message`, if any: line directives first, then open blocks. */
function findSuppressor(message: LintMessage, directives: readonly Directive[]): Directive | undefined {
  let block: Directive | undefined;
  for (const directive of directives) {
    if (directive.range[0] > message.range[0]) break;
    if (directive.kind === 'disable' && names(directive, message.ruleId)) block = directive;
    else if (directive.kind === 'enable' && block !== undefined && (directive.rules.length === 0 || directive.rules.includes(message.ruleId))) block = undefined;
  }
  const onLine = directives.find(
    (directive) =>
      names(directive, message.ruleId) &&
      ((directive.kind === 'disable-line' && directive.line === message.line) || (directive.kind === 'disable-next-line' && (directive.targetLine ?? directive.line + 1) === message.line)),
  );
  return onLine ?? block;
}

/**
 * Splits `messages` into those kept and those a directive silences, and lists the directives that
 * silenced nothing. Findings inside a directive's own text are dropped: it is not content.
 */
export function applyDirectives(messages: readonly LintMessage[], directives: readonly Directive[]): AppliedDirectives {
  const used = new Map<Directive, Set<string>>();
  const kept: LintMessage[] = [];
  const suppressed: SuppressedMessage[] = [];
  for (const message of messages) {
    if (directives.some((directive) => message.range[0] >= directive.range[0] && message.range[1] <= directive.range[1])) continue;
    const suppressor = findSuppressor(message, directives);
    if (suppressor === undefined) {
      kept.push(message);
      continue;
    }
    let rules = used.get(suppressor);
    if (rules === undefined) used.set(suppressor, (rules = new Set()));
    rules.add(message.ruleId);
    suppressed.push({ ...message, suppressions: [{ kind: 'directive', justification: suppressor.reason ?? '' }] });
  }
  const unused: AppliedDirectives['unused'] = [];
  for (const directive of directives) {
    if (directive.kind === 'enable') continue;
    const rules = used.get(directive);
    if (directive.rules.length === 0) {
      if (rules === undefined) unused.push({ directive, ruleId: undefined });
    } else {
      for (const ruleId of directive.rules) if (!rules?.has(ruleId)) unused.push({ directive, ruleId });
    }
  }
  return { kept, suppressed, unused };
}

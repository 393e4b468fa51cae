/**
 * Markdown: the prose is checked; front matter, fenced and indented code, inline code, HTML
 * comments and tags, and URLs (bare, autolinks, link and image targets, reference definitions)
 * are blanked. Link text and image alt text stay: people read them.
 */
import { blank, type Segment } from './types.js';

const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|$)/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const INLINE_CODE = /(`+)[^`][\s\S]*?\1/g;
const LINK_TARGET = /\]\([^)\s]*(?:\s+"[^"]*")?\)/g;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$/gm;
const AUTOLINK_OR_TAG = /<\/?[A-Za-z][^<>\n]*>/g;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+/g;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;

function blankMatches(chars: string[], text: string, pattern: RegExp, keepFrom = 0): void {
  for (const match of text.matchAll(pattern)) blank(chars, match.index + keepFrom, match.index + match[0].length);
}

/** Fenced code blocks, and indented code that follows a blank line outside a list. */
function blankCodeBlocks(chars: string[], text: string): void {
  let offset = 0;
  let fence: string | undefined;
  let previousBlank = true;
  let inList = false;
  let inIndentedCode = false;
  for (const line of text.split('\n')) {
    const end = offset + line.length;
    const opener = FENCE_OPEN.exec(line)?.[1];
    const isBlank = line.trim() === '';
    if (fence !== undefined) {
      blank(chars, offset, end);
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = undefined;
    } else if (opener !== undefined) {
      fence = opener;
      blank(chars, offset, end);
    } else if (!isBlank && /^(?: {4}|\t)/.test(line) && (inIndentedCode || (previousBlank && !inList))) {
      inIndentedCode = true;
      blank(chars, offset, end);
    } else if (!isBlank) {
      inIndentedCode = false;
      inList = LIST_ITEM.test(line) || (inList && /^\s/.test(line));
    }
    previousBlank = isBlank;
    offset = end + 1;
  }
}

export function processMarkdown(text: string): Segment[] {
  // split('') splits by UTF-16 code unit, so offsets into `chars` are offsets into `text`.
  const chars = text.split('');
  const frontMatter = FRONT_MATTER.exec(text);
  if (frontMatter !== null) blank(chars, 0, frontMatter[0].length);
  blankCodeBlocks(chars, text);
  blankMatches(chars, text, HTML_COMMENT);
  blankMatches(chars, text, INLINE_CODE);
  blankMatches(chars, text, LINK_TARGET, 1);
  blankMatches(chars, text, REFERENCE_DEFINITION);
  blankMatches(chars, text, AUTOLINK_OR_TAG);
  blankMatches(chars, text, BARE_URL);
  return [{ start: 0, end: text.length, text: chars.join('') }];
}

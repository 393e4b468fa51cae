/**
 * Meta's exports (Instagram, Facebook) write each UTF-8 byte of non-ASCII text as its own `\u00XX`
 * escape, so after JSON parsing "😂" reads "ð\u009f\u0098\u0082". Reading those code units as
 * Latin-1 bytes and decoding them as UTF-8 gives the text back. Only done when every code unit is a
 * byte and the bytes are valid UTF-8, so text that was right to begin with ("café") is kept.
 */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const HIGH_BYTE = /[\u0080-\u00ff]/;
const BEYOND_BYTE = /[^\u0000-\u00ff]/;

export function repairMojibake(text: string): string {
  if (!HIGH_BYTE.test(text) || BEYOND_BYTE.test(text)) return text;
  try {
    return strictUtf8.decode(Buffer.from(text, 'latin1'));
  } catch {
    return text;
  }
}

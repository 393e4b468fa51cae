/** Reads a whole stream as UTF-8; invalid bytes become U+FFFD rather than an error. */
export async function readStreamText(stream: AsyncIterable<Buffer | string>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return stripBom(new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks)));
}

/** Drops a leading byte-order mark, which editors on Windows like to add. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

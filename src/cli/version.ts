/** The package version, for reports that record which kindness produced them. */
export async function readVersion(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  for (const candidate of ['../../package.json', '../../../package.json']) {
    try {
      const manifest = JSON.parse(await readFile(new URL(candidate, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'kindness' && manifest.version) return manifest.version;
    } catch {
      // Try the next layout: src/cli in development, dist/src/cli once built.
    }
  }
  return '0.0.0';
}

#!/usr/bin/env node
// Bundles the CLI (after tsc) into dist/cli/ so a hook's start-up reads a few files instead of
// ~60 modules: Node 20's ESM loader reads each module asynchronously, and that dominates a
// short run. Config parsing, schema validation and the reporters stay in chunks loaded on demand.
import { rm } from 'node:fs/promises';
import { analyzeMetafile, build } from 'esbuild';

await rm('dist/cli', { recursive: true, force: true });
const result = await build({
  entryPoints: { run: 'dist/src/cli/run.js' },
  outdir: 'dist/cli',
  metafile: true,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // cosmiconfig can load TypeScript configs when `typescript` is installed; never bundle it.
  external: ['typescript'],
  // Bundled CommonJS dependencies (cosmiconfig) still call require().
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  minify: false,
  sourcemap: true,
  logLevel: 'warning',
});
// BUNDLE_ANALYZE=1 npm run build shows what each chunk holds.
if (process.env.BUNDLE_ANALYZE) console.log(await analyzeMetafile(result.metafile));

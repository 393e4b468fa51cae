#!/usr/bin/env node
// Bundles the CLI (after tsc) into one CommonJS file, dist/cli/run.cjs, for start-up speed:
// - Node 20 reads every ES module asynchronously; ~60 separate modules cost ~25% of a short run;
// - a CommonJS entry avoids the ESM loader altogether (measured: 1.33-1.42x `node -e 0`
//   against 1.45-1.50x for an ESM bundle with lazy chunks).
// What the CLI loads lazily with `import()` stays out of the main bundle, so a plain run never
// even compiles it: the config schema and the json reporter become their own files beside
// run.cjs, and cosmiconfig is required from node_modules when a config file exists.
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { analyzeMetafile, build } from 'esbuild';

await rm('dist/cli', { recursive: true, force: true });
/** Lazily imported modules, each bundled as its own file: source path -> output name. */
const LAZY = {
  'dist/src/config/schema.js': 'schema',
  'dist/src/reporters/json.js': 'json',
  'dist/src/reporters/check-sarif.js': 'check-sarif',
  'dist/src/reporters/check-github.js': 'check-github',
  'dist/src/reporters/check-html.js': 'check-html',
  'dist/src/reporters/scan/html.js': 'scan-html',
  // Plugins, with the import resolver, only when a config lists some.
  'dist/src/config/plugins.js': 'plugins',
  // `kindness scan`, with its readers and reporters, and the worker thread it starts.
  'dist/src/cli/scan.js': 'scan',
  // The helper commands.
  'dist/src/cli/init.js': 'init',
  'dist/src/cli/rules.js': 'rules',
  'dist/src/cli/explain.js': 'explain',
};
const WORKERS = { 'dist/src/scan/worker.js': 'scan-worker' };
const lazyByPath = new Map(Object.entries(LAZY).map(([source, out]) => [path.resolve(source), out]));

/** Rewrites `import('./schema.js')` and friends to the separately bundled `./schema.cjs`. */
const keepLazyModulesApart = {
  name: 'keep-lazy-modules-apart',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\./ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const out = lazyByPath.get(path.resolve(args.resolveDir, args.path));
      return out === undefined ? undefined : { path: `./${out}.cjs`, external: true };
    });
  },
};

const result = await build({
  entryPoints: [{ in: 'dist/src/cli/run.js', out: 'run' }, ...Object.entries({ ...LAZY, ...WORKERS }).map(([source, out]) => ({ in: source, out }))],
  outdir: 'dist/cli',
  outExtension: { '.js': '.cjs' },
  plugins: [keepLazyModulesApart],
  metafile: true,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // cosmiconfig loads only when a config file may exist; it (and the TypeScript it can use for
  // .ts configs) stays in node_modules; so does ignore, needed only when an ignore file exists.
  external: ['cosmiconfig', 'typescript', 'ignore'],
  // The sources are ES modules that locate files next to themselves with import.meta.url.
  define: { 'import.meta.url': '__import_meta_url' },
  banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  sourcemap: true,
  logLevel: 'warning',
});
// The HTML report inlines Chartist (a devDependency): its two files ship beside the bundles
// (dist/cli/vendor) and beside the tsc output of the report (dist/src/reporters/html/vendor).
const require = createRequire(import.meta.url);
for (const folder of ['dist/cli/vendor', 'dist/src/reporters/html/vendor']) {
  await mkdir(folder, { recursive: true });
  await copyFile(require.resolve('chartist/dist/index.umd.js'), path.join(folder, 'chartist.umd.js'));
  await copyFile(require.resolve('chartist/dist/index.css'), path.join(folder, 'chartist.css'));
  await copyFile(path.join(path.dirname(require.resolve('chartist/dist/index.umd.js')), '..', 'LICENSE-MIT'), path.join(folder, 'chartist-LICENSE-MIT'));
}
// BUNDLE_ANALYZE=1 npm run build shows what the bundle holds.
if (process.env.BUNDLE_ANALYZE) console.log(await analyzeMetafile(result.metafile));

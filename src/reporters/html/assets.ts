/**
 * The chart library the HTML report inlines: Chartist (MIT). `npm run build` compiles its script
 * and style sheet into the report's bundles as string constants (scripts/bundle.js); running from
 * the sources or the tsc output, they are read from node_modules. It is a devDependency: the
 * installed package carries it only inside the bundles.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { KindnessError } from '../../core/errors.js';

/** Replaced by esbuild's `define` in the bundles; undeclared (so `typeof` is "undefined") elsewhere. */
declare const __KINDNESS_CHART_SCRIPT__: string | undefined;
declare const __KINDNESS_CHART_STYLE__: string | undefined;

export interface ChartAssets {
  script: string;
  style: string;
}

let cached: ChartAssets | undefined;

function readFromNodeModules(): ChartAssets {
  try {
    const require = createRequire(import.meta.url);
    return {
      script: readFileSync(require.resolve('chartist/dist/index.umd.js'), 'utf8'),
      style: readFileSync(require.resolve('chartist/dist/index.css'), 'utf8'),
    };
  } catch {
    throw new KindnessError('the HTML report needs its chart library, which this install lacks; reinstall kindness');
  }
}

/** Chartist's script and style sheet, as text. Throws when the install lacks them. */
export function readChartAssets(): ChartAssets {
  if (cached !== undefined) return cached;
  const assets =
    typeof __KINDNESS_CHART_SCRIPT__ === 'string' && typeof __KINDNESS_CHART_STYLE__ === 'string'
      ? { script: __KINDNESS_CHART_SCRIPT__, style: __KINDNESS_CHART_STYLE__ }
      : readFromNodeModules();
  // The source map comment would make a browser's developer tools look for a file that is not there.
  const strip = (text: string) => text.replace(/\n?\/[/*]# sourceMappingURL=\S+(?: \*\/)?\s*$/, '\n');
  cached = { script: strip(assets.script), style: strip(assets.style) };
  return cached;
}

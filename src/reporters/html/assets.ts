/**
 * The chart library the HTML report inlines: Chartist (MIT), read from beside the bundled CLI
 * (`npm run build` copies it to `vendor/`), or from node_modules when running from the sources.
 * It is a devDependency: the report carries it, the installed package only ships the two files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { KindnessError } from '../../core/errors.js';

export interface ChartAssets {
  script: string;
  style: string;
}

export const VENDOR_FILES = { script: 'chartist.umd.js', style: 'chartist.css' } as const;

let cached: ChartAssets | undefined;

function findVendorFolder(): string | undefined {
  const beside = fileURLToPath(new URL('./vendor/', import.meta.url));
  if (existsSync(`${beside}${VENDOR_FILES.script}`)) return beside;
  return undefined;
}

/** Chartist's script and style sheet, as text. Throws when the install lacks them. */
export function readChartAssets(): ChartAssets {
  if (cached !== undefined) return cached;
  const vendor = findVendorFolder();
  let scriptFile: string;
  let styleFile: string;
  if (vendor !== undefined) {
    scriptFile = `${vendor}${VENDOR_FILES.script}`;
    styleFile = `${vendor}${VENDOR_FILES.style}`;
  } else {
    try {
      const require = createRequire(import.meta.url);
      scriptFile = require.resolve('chartist/dist/index.umd.js');
      styleFile = require.resolve('chartist/dist/index.css');
    } catch {
      throw new KindnessError('the HTML report needs its chart library, which this install lacks (dist/cli/vendor/chartist.umd.js); reinstall kindness');
    }
  }
  // The source map comment would make a browser's developer tools look for a file that is not there.
  const strip = (text: string) => text.replace(/\n?\/[/*]# sourceMappingURL=\S+(?: \*\/)?\s*$/, '\n');
  cached = { script: strip(readFileSync(scriptFile, 'utf8')), style: strip(readFileSync(styleFile, 'utf8')) };
  return cached;
}

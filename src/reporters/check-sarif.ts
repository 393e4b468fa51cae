/** `kindness check --format sarif`: SARIF 2.1.0, with findings silenced inline marked suppressed. */
import { fromScanReporter } from './from-scan.js';
import { createSarifReporter } from './scan/sarif.js';

export const createCheckSarifReporter = fromScanReporter(createSarifReporter, { suppressed: true });

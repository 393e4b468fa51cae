/** `kindness check --format github`: GitHub Actions annotations on the checked files. */
import { fromScanReporter } from './from-scan.js';
import { createGitHubReporter } from './scan/github.js';

export const createCheckGitHubReporter = fromScanReporter(createGitHubReporter, { suppressed: false });

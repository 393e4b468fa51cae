/** `kindness check --format html`: the scan's HTML report, with each checked file as one item. */
import { fromScanReporter } from './from-scan.js';
import { createHtmlReporter } from './scan/html.js';

export const formatHtml = fromScanReporter(createHtmlReporter, { suppressed: false });

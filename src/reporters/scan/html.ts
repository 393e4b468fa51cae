/**
 * `--format html`: one self-contained page for people (see src/reporters/html). Items feed a
 * bounded model as they stream past; the page is written once, when the scan finishes.
 */
import { addToModel, createReportModel } from '../html/model.js';
import { renderHtmlReport } from '../html/render.js';
import type { ScanReporterFactory } from './types.js';

export const createHtmlReporter: ScanReporterFactory = (write, { version, unit = 'item', redactedAuthors = false }) => {
  const model = createReportModel();
  return {
    item(result) {
      addToModel(model, result);
    },
    finish({ files, errors, elapsedMs, baselined }) {
      write(renderHtmlReport(model, { version, files, errors, elapsedMs, baselined, unit, redactedAuthors }));
    },
  };
};

import { LintReport } from '../lint/types';

/** The report as JSON; the schema is `LintReport` (schemaVersion 1). */
export function formatJson(report: LintReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

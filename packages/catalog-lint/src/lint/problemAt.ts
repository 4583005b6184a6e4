import { LintProblem, Severity } from './types';

/** What a rule found, before it is placed in its file. */
export type Finding = {
  ruleId: string;
  severity: Severity;
  message: string;
  field?: string;
  fix?: string;
};

/** Where a finding about a whole file is placed: its first character. */
export const FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** A finding placed at a position of its file, on the entity it belongs to when known. */
export function problemAt(
  file: string,
  position: Pick<LintProblem, 'line' | 'column' | 'endLine' | 'endColumn'>,
  entity: string | undefined,
  finding: Finding,
): LintProblem {
  return {
    file,
    line: position.line,
    column: position.column,
    endLine: position.endLine,
    endColumn: position.endColumn,
    ...(entity ? { entity } : {}),
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    ...(finding.field ? { field: finding.field } : {}),
    ...(finding.fix ? { fix: finding.fix } : {}),
  };
}

import { LintProblem, LintReport } from '../lint/types';

const problem = (overrides: Partial<LintProblem>): LintProblem => ({
  file: 'catalog/a.yaml',
  line: 3,
  column: 9,
  endLine: 3,
  endColumn: 12,
  ruleId: 'catalog/field-format',
  severity: 'error',
  message: 'metadata.name "a b" is not valid.',
  ...overrides,
});

/** A small report with one error and one warning in two files. */
export function sampleReport(): LintReport {
  return {
    schemaVersion: 1,
    files: [
      { file: 'catalog/a.yaml', entities: 1, errors: 1, warnings: 0 },
      { file: 'catalog/b, c.yaml', entities: 2, errors: 0, warnings: 1 },
    ],
    problems: [
      problem({ entity: 'component:default/a' }),
      problem({
        file: 'catalog/b, c.yaml',
        line: 10,
        column: 1,
        endLine: 10,
        endColumn: 1,
        entity: 'resource:default/key',
        ruleId: 'secrets/dependents',
        severity: 'warning',
        message: 'Nothing uses this secret: 100% unused,\nreally.',
        fix: 'Add it to spec.dependsOn.',
      }),
    ],
    summary: {
      files: 2,
      entities: 3,
      errors: 1,
      warnings: 1,
      catalogScope: 'files',
      skippedRules: [],
    },
  };
}

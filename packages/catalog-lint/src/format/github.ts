import { LintProblem, LintReport } from '../lint/types';

/** Escaping of GitHub workflow commands: data, then property values. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(problem: LintProblem): string {
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    `line=${problem.line}`,
    `col=${problem.column}`,
    `endLine=${problem.endLine}`,
    `endColumn=${problem.endColumn}`,
    `title=${escapeProperty(problem.ruleId)}`,
  ].join(',');
  const subject = problem.entity ? `${problem.entity}: ` : '';
  const fix = problem.fix ? ` ${problem.fix}` : '';
  const command = { error: 'error', warning: 'warning', info: 'notice' }[
    problem.severity
  ];
  return `::${command} ${properties}::${escapeData(
    `${subject}${problem.message}${fix}`,
  )}`;
}

/**
 * GitHub Actions workflow commands: one `::error`/`::warning` annotation per
 * problem, shown on the pull request's diff, then a one-line summary.
 */
export function formatGithub(report: LintReport): string {
  const { errors, warnings, files } = report.summary;
  const lines = report.problems.map(annotation);
  lines.push(
    `catalog-lint: ${errors} error(s), ${warnings} warning(s) in ${files} file(s)`,
  );
  return `${lines.join('\n')}\n`;
}

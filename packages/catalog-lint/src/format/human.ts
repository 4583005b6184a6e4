import { LintProblem, LintReport } from '../lint/types';

type Paint = (code: number, text: string) => string;

const plain: Paint = (_code, text) => text;
const ansi: Paint = (code, text) => `\u001b[${code}m${text}\u001b[0m`;

const RED = 31;
const YELLOW = 33;
const DIM = 2;
const BOLD = 1;
const UNDERLINE = 4;

function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

function problemLine(problem: LintProblem, paint: Paint): string {
  const position = `${problem.line}:${problem.column}`.padEnd(8);
  const severity = {
    error: paint(RED, 'error  '),
    warning: paint(YELLOW, 'warning'),
    info: paint(DIM, 'info   '),
  }[problem.severity];
  const entity = problem.entity ? `${problem.entity}  ` : '';
  const fix = problem.fix
    ? `\n${' '.repeat(20)}${paint(DIM, problem.fix)}`
    : '';
  return `  ${paint(DIM, position)}${severity}  ${entity}${
    problem.message
  }  ${paint(DIM, problem.ruleId)}${fix}`;
}

/**
 * Problems grouped by file, eslint style, then a summary. Colours only when
 * asked for (the CLI asks when stdout is a terminal).
 */
export function formatHuman(
  report: LintReport,
  options: { color: boolean },
): string {
  const paint = options.color ? ansi : plain;
  const out: string[] = [];
  let currentFile: string | undefined;
  for (const problem of report.problems) {
    if (problem.file !== currentFile) {
      if (currentFile !== undefined) {
        out.push('');
      }
      currentFile = problem.file;
      out.push(paint(UNDERLINE, problem.file));
    }
    out.push(problemLine(problem, paint));
  }
  if (out.length > 0) {
    out.push('');
  }

  const { errors, warnings, files, entities, catalogScope, skippedRules } =
    report.summary;
  const counts = `${plural(errors + warnings, 'problem')} (${plural(
    errors,
    'error',
  )}, ${plural(warnings, 'warning')})`;
  const scope = `${plural(entities, 'entity', 'entities')} in ${plural(
    files,
    'file',
  )}`;
  if (errors > 0) {
    out.push(`${paint(RED, paint(BOLD, `✖ ${counts}`))} — ${scope}`);
  } else if (warnings > 0) {
    out.push(`${paint(YELLOW, paint(BOLD, `⚠ ${counts}`))} — ${scope}`);
  } else {
    out.push(`✔ No problems — ${scope}`);
  }
  if (catalogScope === 'off') {
    out.push(
      paint(
        DIM,
        `Whole-catalog rules skipped (--no-catalog-rules): ${skippedRules.join(
          ', ',
        )}`,
      ),
    );
  } else if (catalogScope === 'files+portal') {
    out.push(
      paint(
        DIM,
        `Whole-catalog rules ran against these files plus ${plural(
          report.summary.portalEntities ?? 0,
          'entity',
          'entities',
        )} from the portal.`,
      ),
    );
  }
  return `${out.join('\n')}\n`;
}

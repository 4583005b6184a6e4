import { displayPath } from '../files/collectFiles';
import { readCatalogFile } from '../files/readCatalogFile';
import { lintFileText, ParsedFile } from './lintFileText';
import { FILE_START, problemAt } from './problemAt';
import { LintedEntity, LintProblem } from './types';

/** What the per-file pass needs; plain data, so that a worker thread can receive it. */
export type FilePassOptions = {
  cwd: string;
  maxFileSize: number;
  checkLocalTargets?: boolean;
  allowedKinds?: readonly string[];
};

/** One file's share of the report; plain data, so that a worker thread can send it. */
export type FileOutcome = {
  /** The path as reported (relative to `cwd`). */
  file: string;
  problems: LintProblem[];
  entities: LintedEntity[];
  secretFragments: string[];
  /** Documents read as entities; unset when the file could not be read. */
  entityCount?: number;
};

/**
 * Reads and lints one file. Also returns its parsed YAML when it holds
 * entities, to place whole-catalog findings later without parsing again.
 */
export async function lintOneFile(
  absolutePath: string,
  options: FilePassOptions,
): Promise<{ outcome: FileOutcome; parsed?: ParsedFile }> {
  const file = displayPath(absolutePath, options.cwd);
  const read = readCatalogFile(absolutePath, options.maxFileSize);
  if ('problem' in read) {
    const problem = problemAt(file, FILE_START, undefined, {
      ruleId: read.problem.ruleId,
      severity: 'error',
      message: read.problem.message,
    });
    return {
      outcome: { file, problems: [problem], entities: [], secretFragments: [] },
    };
  }
  const result = await lintFileText(read.text, file, absolutePath, {
    checkLocalTargets: options.checkLocalTargets,
    allowedKinds: options.allowedKinds,
  });
  return {
    outcome: {
      file,
      problems: result.problems,
      entities: result.entities,
      secretFragments: result.secretFragments,
      entityCount: result.entities.length,
    },
    parsed: result.entities.length > 0 ? result.parsed : undefined,
  };
}

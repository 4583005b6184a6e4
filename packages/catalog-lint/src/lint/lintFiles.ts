import { Entity } from '@backstage/catalog-model';
import {
  readSecretsRulesConfig,
  SecretRuleId,
  secretLookingName,
  SecretsRulesConfig,
  severityOf,
} from '@stagecraft/plugin-secrets-common';
import {
  DEFAULT_READINESS_RULES_CONFIG,
  loadRunbookPages,
  ReadinessRulesConfig,
  ROLL_UP_CHECK_IDS,
} from '@stagecraft/plugin-readiness-common';
import { WHOLE_CATALOG_RULE_IDS } from '../rules';
import os from 'node:os';
import { displayPath } from '../files/collectFiles';
import { DEFAULT_MAX_FILE_SIZE } from '../files/readCatalogFile';
import {
  catalogEntities,
  checkDuplicateEntities,
  checkSecrets,
  EntityFinding,
} from './catalogRules';
import { checkPipelines } from './pipelineRules';
import { checkReadiness } from './readinessRules';
import { runbookSourceFromFiles } from './runbookSourceFromFiles';
import { filePassInWorkers } from './workers/parallelFilePass';
import { FilePass, filePassInProcess } from './filePass';
import { FilePassOptions } from './lintOneFile';
import {
  idleCoresBetween,
  sampleIdle,
  workersForIdleCores,
} from './workers/idleCores';
import { problemAt } from './problemAt';
import { createRedactor } from './redact';
import {
  CatalogScope,
  FileSummary,
  LintedEntity,
  LintProblem,
  LintReport,
} from './types';

/** @public */
export type LintOptions = {
  /** Output paths are relative to this folder. Defaults to `process.cwd()`. */
  cwd?: string;
  /** The clock runbook review ages are measured against; default now. */
  now?: () => Date;
  /** Run the whole-catalog rules (default true). */
  catalogRules?: boolean;
  /** The rest of the catalog, read from a portal; the linted files take precedence. */
  portalEntities?: readonly Entity[];
  secretsConfig?: SecretsRulesConfig;
  readinessConfig?: ReadinessRulesConfig;
  maxFileSize?: number;
  /**
   * Check that relative Location targets and placeholder files exist (default
   * true); off for a sample of files taken out of their repository.
   */
  checkLocalTargets?: boolean;
  /** Kinds `catalog.rules` allows; default Stagecraft's (the built-in kinds). */
  allowedKinds?: readonly string[];
  /** Called after each file. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Worker threads that share the per-file pass with this one. Default, from
   * 500 files on: this thread lints alone for 150 ms, then one worker joins
   * per core that stood idle meanwhile (at most 3, one fewer than the
   * machine's cores); else none.
   */
  workers?: number;
};

/** From this many files on (still to lint), worker threads pay for their start. */
const PARALLEL_FROM_FILES = 500;
const MAX_DEFAULT_WORKERS = 3;
/**
 * How long this thread lints alone while the machine's idle cores are
 * measured: long enough for a few ticks of the system's CPU accounting.
 */
const MEASURE_IDLE_MS = 150;

/** The per-file pass, in this thread or shared with worker threads. */
async function filePass(
  files: readonly string[],
  passOptions: FilePassOptions,
  workers: number | undefined,
  onFileDone: () => void,
): Promise<FilePass> {
  if (workers !== undefined) {
    return workers > 0
      ? filePassInWorkers(files, passOptions, workers, onFileDone)
      : filePassInProcess(files, passOptions, onFileDone);
  }
  if (files.length < PARALLEL_FROM_FILES || os.availableParallelism() < 2) {
    return filePassInProcess(files, passOptions, onFileDone);
  }
  // A worker only helps on a core that other processes leave idle: this
  // thread starts alone, and workers join for the cores that stood idle
  // meanwhile (the load average lags a minute behind, and counts processes
  // that have just ended).
  const start = sampleIdle();
  return filePassInWorkers(
    files,
    passOptions,
    {
      afterMs: MEASURE_IDLE_MS,
      choose: filesLeft =>
        filesLeft < PARALLEL_FROM_FILES
          ? 0
          : workersForIdleCores(
              idleCoresBetween(start, sampleIdle()),
              MAX_DEFAULT_WORKERS,
            ),
    },
    onFileDone,
  );
}

/** Places whole-catalog findings on their entity's field, in the YAML parsed by the file pass. */
async function placeFindings(
  findings: EntityFinding[],
  pass: FilePass,
): Promise<LintProblem[]> {
  const positions = await pass.locate(
    findings.map(({ target, field }) => ({
      file: target.file,
      documentIndex: target.documentIndex,
      field: field ?? '',
    })),
  );
  return findings.map((finding, index) => {
    const { target } = finding;
    const location = positions[index] ?? {
      line: target.line,
      column: 1,
      endLine: target.line,
      endColumn: 1,
    };
    return problemAt(target.file, location, target.label, finding);
  });
}

/** The whole-catalog rules that would have run, for `--no-catalog-rules`. */
function skippedWholeCatalogRules(
  secrets: SecretsRulesConfig,
  readiness: ReadinessRulesConfig,
): string[] {
  const readinessIds = readiness.checks
    .filter(
      check =>
        check.severity !== 'off' && !ROLL_UP_CHECK_IDS.includes(check.id),
    )
    .map(check => `readiness/${check.id}`);
  return [
    ...WHOLE_CATALOG_RULE_IDS.filter(id => {
      if (id.startsWith('secrets/')) {
        const rule = id.slice('secrets/'.length) as SecretRuleId;
        return severityOf(rule, secrets) !== 'off';
      }
      return !id.startsWith('readiness/');
    }),
    ...readinessIds,
  ];
}

function compareProblems(a: LintProblem, b: LintProblem): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/**
 * Lints catalog files: each file on its own, then the whole-catalog rules
 * over all of them (and the portal's entities when given). Problems come
 * sorted by file, line and column.
 *
 * @public
 */
export async function lintFiles(
  files: readonly string[],
  options: LintOptions = {},
): Promise<LintReport> {
  const cwd = options.cwd ?? process.cwd();
  const passOptions = {
    cwd,
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    checkLocalTargets: options.checkLocalTargets,
    allowedKinds: options.allowedKinds,
  };
  let done = 0;
  const onFileDone = () => options.onProgress?.(++done, files.length);
  const pass = await filePass(files, passOptions, options.workers, onFileDone);
  try {
    return await lintCatalog(files, pass, options);
  } finally {
    await pass.close();
  }
}

/** The whole-catalog rules over the per-file pass, and the report. */
async function lintCatalog(
  files: readonly string[],
  pass: FilePass,
  options: LintOptions,
): Promise<LintReport> {
  const cwd = options.cwd ?? process.cwd();
  const problems: LintProblem[] = [];
  const entities: LintedEntity[] = [];
  const entityCount = new Map<string, number>();
  const fragments: string[] = [];
  for (const outcome of pass.outcomes) {
    problems.push(...outcome.problems);
    entities.push(...outcome.entities);
    fragments.push(...outcome.secretFragments);
    if (outcome.entityCount !== undefined) {
      entityCount.set(outcome.file, outcome.entityCount);
    }
  }

  const catalogRules = options.catalogRules ?? true;
  const config = options.secretsConfig ?? readSecretsRulesConfig();
  const readinessConfig =
    options.readinessConfig ?? DEFAULT_READINESS_RULES_CONFIG;
  const catalog = catalogRules
    ? catalogEntities(entities, options.portalEntities)
    : undefined;
  const findings = [
    ...(catalog ? checkDuplicateEntities(entities) : []),
    ...checkSecrets(entities, catalog, config).findings,
    ...checkPipelines(entities, catalog),
    ...(catalog
      ? checkReadiness(entities, catalog, readinessConfig, {
          runbooks: await loadRunbookPages(
            entities.map(item => item.entity),
            runbookSourceFromFiles(entities, cwd),
            readinessConfig.portalBaseUrl,
          ),
          now: options.now?.() ?? new Date(),
        })
      : []),
  ];
  // Messages may quote a portal entity's name; the files' names are covered above.
  for (const entity of options.portalEntities ?? []) {
    const name = entity.metadata?.name;
    if (typeof name === 'string' && secretLookingName(name) !== undefined) {
      fragments.push(name);
    }
  }
  const redact = createRedactor(fragments);
  problems.push(
    ...(await placeFindings(findings, pass)).map(problem => ({
      ...problem,
      message: redact(problem.message),
      ...(problem.fix ? { fix: redact(problem.fix) } : {}),
    })),
  );
  problems.sort(compareProblems);

  const summaries = new Map<string, FileSummary>(
    files.map(absolutePath => {
      const file = displayPath(absolutePath, cwd);
      return [
        file,
        { file, entities: entityCount.get(file) ?? 0, errors: 0, warnings: 0 },
      ];
    }),
  );
  for (const problem of problems) {
    const summary = summaries.get(problem.file);
    if (summary && problem.severity !== 'info') {
      summary[problem.severity === 'error' ? 'errors' : 'warnings'] += 1;
    }
  }

  let catalogScope: CatalogScope = 'off';
  if (catalogRules) {
    catalogScope = options.portalEntities ? 'files+portal' : 'files';
  }
  return {
    schemaVersion: 1,
    files: [...summaries.values()],
    problems,
    summary: {
      files: files.length,
      entities: entities.length,
      errors: problems.filter(p => p.severity === 'error').length,
      warnings: problems.filter(p => p.severity === 'warning').length,
      catalogScope,
      ...(options.portalEntities
        ? { portalEntities: options.portalEntities.length }
        : {}),
      skippedRules: catalogRules
        ? []
        : skippedWholeCatalogRules(config, readinessConfig),
    },
  };
}

import { Entity } from '@backstage/catalog-model';
import { locateField } from '@stagecraft/plugin-catalog-rules-common';
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
import { displayPath } from '../files/collectFiles';
import {
  DEFAULT_MAX_FILE_SIZE,
  readCatalogFile,
} from '../files/readCatalogFile';
import {
  catalogEntities,
  checkDuplicateEntities,
  checkSecrets,
  EntityFinding,
} from './catalogRules';
import { checkPipelines } from './pipelineRules';
import { checkReadiness } from './readinessRules';
import { runbookSourceFromFiles } from './runbookSourceFromFiles';
import { lintFileText, ParsedFile } from './lintFileText';
import { FILE_START, problemAt } from './problemAt';
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
};

/** Places whole-catalog findings on their entity's field, in the YAML parsed by the first pass. */
function placeFindings(
  findings: EntityFinding[],
  parsedFiles: Map<string, ParsedFile>,
): LintProblem[] {
  return findings.map(finding => {
    const { target } = finding;
    const parsed = parsedFiles.get(target.file);
    const doc = parsed?.documents[target.documentIndex];
    const location = doc
      ? locateField(doc, parsed!.lineCounter, finding.field ?? '')
      : { line: target.line, column: 1, endLine: target.line, endColumn: 1 };
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
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const problems: LintProblem[] = [];
  const entities: LintedEntity[] = [];
  const entityCount = new Map<string, number>();
  // Kept to place whole-catalog findings without parsing each file again.
  const parsedFiles = new Map<string, ParsedFile>();
  const fragments: string[] = [];

  for (const [index, absolutePath] of files.entries()) {
    const file = displayPath(absolutePath, cwd);
    const read = readCatalogFile(absolutePath, maxFileSize);
    if ('problem' in read) {
      problems.push(
        problemAt(file, FILE_START, undefined, {
          ruleId: read.problem.ruleId,
          severity: 'error',
          message: read.problem.message,
        }),
      );
    } else {
      const result = await lintFileText(read.text, file, absolutePath, {
        checkLocalTargets: options.checkLocalTargets,
        allowedKinds: options.allowedKinds,
      });
      problems.push(...result.problems);
      entities.push(...result.entities);
      fragments.push(...result.secretFragments);
      entityCount.set(file, result.entities.length);
      if (result.entities.length > 0) {
        parsedFiles.set(file, result.parsed);
      }
    }
    options.onProgress?.(index + 1, files.length);
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
    ...placeFindings(findings, parsedFiles).map(problem => ({
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

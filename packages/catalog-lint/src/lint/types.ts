import { Entity } from '@backstage/catalog-model';
import type { FindingSeverity } from '@stagecraft/plugin-catalog-rules-common';

/**
 * `error` fails the run; `warning` fails it past `--max-warnings`; `info` is
 * a hint that never counts.
 *
 * @public
 */
export type Severity = FindingSeverity;

/**
 * One problem found in a file. `line`/`column` are 1-based; the end is
 * exclusive. Messages never contain a secret value.
 *
 * @public
 */
export type LintProblem = {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** `kind:namespace/name` when the problem belongs to an entity whose name is known. */
  entity?: string;
  ruleId: string;
  severity: Severity;
  message: string;
  /** Path of the offending field, e.g. `metadata.annotations["example.com/token"]`. */
  field?: string;
  /** How to fix it, when the rule says. */
  fix?: string;
};

/** @public */
export type FileSummary = {
  file: string;
  entities: number;
  errors: number;
  warnings: number;
};

/**
 * Where the whole-catalog rules looked for the rest of the catalog:
 * the files linted, those plus a portal's catalog, or nowhere (skipped).
 *
 * @public
 */
export type CatalogScope = 'files' | 'files+portal' | 'off';

/**
 * The result of a run; also the `--format json` output.
 *
 * @public
 */
export type LintReport = {
  /** Bumped when a field changes meaning or is removed. */
  schemaVersion: 1;
  files: FileSummary[];
  problems: LintProblem[];
  summary: {
    files: number;
    entities: number;
    errors: number;
    warnings: number;
    catalogScope: CatalogScope;
    /** Entities read from the portal's catalog, when `catalogScope` is `files+portal`. */
    portalEntities?: number;
    /** Secret rules not run because they need the whole catalog. */
    skippedRules: string[];
  };
};

/** A valid entity read from a file, kept for the whole-catalog rules. */
export type LintedEntity = {
  file: string;
  /** 0-based index of its document in the file. */
  documentIndex: number;
  entity: Entity;
  /** Lower-case `kind:namespace/name`, for lookups; never printed. */
  ref: string;
  /** How problems name it (see `entityLabel`): the ref unless it looks like a secret. */
  label: string;
  line: number;
};

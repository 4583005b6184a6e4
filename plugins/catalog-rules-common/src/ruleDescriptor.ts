import { Entity } from '@backstage/catalog-model';

/**
 * How a rule's findings count unless configuration says otherwise.
 *
 * @public
 */
export type RuleSeverity = 'error' | 'warning';

/**
 * How one finding counts: its rule's severity, or `info`, a hint that never
 * counts.
 *
 * @public
 */
export type FindingSeverity = RuleSeverity | 'info';

/**
 * One rule, described the same way in every family: entity validity
 * (`ENTITY_RULES`), secrets (`SECRET_RULES`), pipeline annotations
 * (`PIPELINE_LINT_RULES`) and readiness (`READINESS_RULES`). The lint CLI
 * lists these, the READMEs document each `id`, and the parity tests compare
 * the backends' verdicts with the linter's over them.
 *
 * @public
 */
export interface RuleDescriptor<TContext = any, TResult = unknown> {
  /** Unique in its family; the lint CLI reports it as `<family>/<id>`. */
  id: string;
  /** A short name, where the pages show one. */
  title?: string;
  /** What the rule requires, for documentation. */
  description: string;
  severity: RuleSeverity;
  /** Rules that judge an entity against the rest of the catalog are skipped without one. */
  needsCatalog: boolean;
  /** Where to read how to fix what the rule reports. */
  fixUrl?: string;
  /**
   * Judges one entity. Absent where a family runs its rules as one pass:
   * entity validity stops at the first failing stage, as the catalog does.
   */
  check?(entity: Entity, context: TContext): TResult;
}

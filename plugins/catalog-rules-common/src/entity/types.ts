/**
 * Rules of entity validity. The `catalog/…` errors are what the catalog
 * backend rejects with its default processing; the two warnings name mistakes
 * the catalog accepts silently but that leave a relation dangling.
 *
 * @public
 */
export type EntityRuleId =
  | 'catalog/placeholder'
  | 'catalog/envelope'
  | 'catalog/root-field'
  | 'catalog/field-format'
  | 'catalog/kind'
  | 'catalog/spec'
  | 'catalog/entity-ref'
  | 'catalog/unresolvable-ref'
  | 'catalog/field-casing'
  | 'catalog/duplicate-entity';

/** @public */
export type EntityProblem = {
  ruleId: EntityRuleId;
  severity: 'error' | 'warning';
  /** Names the field and what is wrong. Echoes identifiers (names, kinds, refs), never label or annotation values. */
  message: string;
  /** Path of the offending field in `formatFieldPath` form, e.g. `spec.owner`; absent for the whole entity. */
  field?: string;
};

/**
 * The fields of an entity that readiness reads: the checks and their `appliesTo` filters,
 * the placement of a result (owner, system, domain), the verifiers, the runbook pages and the
 * campaigns' scopes. The catalog is asked for these only, so a whole-catalog run holds a
 * light copy of each entity: no relations, status or other spec fields (an API's definition
 * alone can outweigh the rest of an entity many times over).
 *
 * Annotations and links are kept whole: which ones the checks read depends on the
 * configuration (`require.annotations`, `appliesTo.annotations`, `require.linkTypes`).
 * A check that reads another field must add it here; `readinessEntityFields.test.ts`
 * evaluates the example catalog from these fields and from whole entities and compares.
 */
export const READINESS_ENTITY_FIELDS = [
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.annotations',
  'metadata.links',
  'metadata.tags',
  'spec.owner',
  'spec.type',
  'spec.lifecycle',
  'spec.system',
  'spec.domain',
];

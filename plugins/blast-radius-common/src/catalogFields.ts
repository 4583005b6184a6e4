/**
 * The catalog fields the index needs from every entity; the backend asks the
 * catalog for these only.
 */
export const BLAST_RADIUS_ENTITY_FIELDS: readonly string[] = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'metadata.links',
  'spec.type',
  'relations',
];

/** Extra fields read from Groups and Users for on-call contacts. */
export const BLAST_RADIUS_ORG_FIELDS: readonly string[] = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.annotations',
  'spec.profile',
];

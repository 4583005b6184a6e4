/** On a Group: the User to call, as an entity ref (`user:default/maria.lopez`). */
export const ANNOTATION_ONCALL_CONTACT = 'stagecraft.io/oncall-contact';

/** `metadata.links[].type` of an operational runbook. */
export const LINK_TYPE_RUNBOOK = 'runbook';
/** `metadata.links[].type` of what to do when a secret leaks or a store is down. */
export const LINK_TYPE_INCIDENT_RESPONSE = 'incident-response';
/** `metadata.links[].type` of an on-call schedule (on a Group). */
export const LINK_TYPE_ONCALL = 'oncall';

/** Link types listed as runbooks of an affected entity. */
export const RUNBOOK_LINK_TYPES: readonly string[] = [
  LINK_TYPE_RUNBOOK,
  LINK_TYPE_INCIDENT_RESPONSE,
];

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

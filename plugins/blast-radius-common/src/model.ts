import {
  LINK_TYPE_INCIDENT_RESPONSE,
  LINK_TYPE_RUNBOOK,
} from '@stagecraft/catalog-conventions-common';

export {
  ANNOTATION_ONCALL_CONTACT,
  LINK_TYPE_INCIDENT_RESPONSE,
  LINK_TYPE_ONCALL,
  LINK_TYPE_RUNBOOK,
} from '@stagecraft/catalog-conventions-common';

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

import {
  LINK_TYPE_INCIDENT_RESPONSE,
  LINK_TYPE_RUNBOOK,
} from '@stagecraft/catalog-conventions-common';

/** Link types listed as runbooks of an affected entity. */
export const RUNBOOK_LINK_TYPES: readonly string[] = [
  LINK_TYPE_RUNBOOK,
  LINK_TYPE_INCIDENT_RESPONSE,
];

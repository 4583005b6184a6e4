import {
  LINK_TYPE_INCIDENT_RESPONSE,
  LINK_TYPE_ROTATION_GUIDE,
} from '@stagecraft/catalog-conventions-common';

/** `metadata.links[].type` values that count as remediation docs. */
export const REMEDIATION_LINK_TYPES: readonly string[] = [
  LINK_TYPE_ROTATION_GUIDE,
  LINK_TYPE_INCIDENT_RESPONSE,
];

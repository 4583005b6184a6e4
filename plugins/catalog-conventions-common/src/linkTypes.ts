// `metadata.links[].type` values Stagecraft gives a meaning to (docs/catalog-conventions.md).

/** An operational runbook for whoever is paged. */
export const LINK_TYPE_RUNBOOK = 'runbook';
/** On a Group: its on-call schedule. */
export const LINK_TYPE_ONCALL = 'oncall';
/** What to do when a secret leaks or a store is down (counts as remediation docs). */
export const LINK_TYPE_INCIDENT_RESPONSE = 'incident-response';
/** How to rotate a secret (counts as remediation docs). */
export const LINK_TYPE_ROTATION_GUIDE = 'rotation-guide';
/** A monitoring dashboard. */
export const LINK_TYPE_DASHBOARD = 'dashboard';

// Evidence of readiness work (load tests, failover drills) that readiness campaigns ask for.
// docs/catalog-conventions.md ("Readiness evidence") describes each name.

/** A load test's report; the date (YYYY-MM-DD) is read from the link's title, else its URL. */
export const LINK_TYPE_LOAD_TEST = 'load-test';
/** A failover or disaster-recovery drill's report; dated like a load test. */
export const LINK_TYPE_FAILOVER_DRILL = 'failover-drill';
/** The day (YYYY-MM-DD) of the entity's last load test, when no dated link says it. */
export const ANNOTATION_LAST_LOAD_TEST = 'stagecraft.io/last-load-test';
/** The day (YYYY-MM-DD) of the entity's last failover or DR drill. */
export const ANNOTATION_LAST_FAILOVER_DRILL =
  'stagecraft.io/last-failover-drill';

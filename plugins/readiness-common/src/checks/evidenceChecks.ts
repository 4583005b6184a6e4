import {
  ANNOTATION_LAST_FAILOVER_DRILL,
  ANNOTATION_LAST_LOAD_TEST,
  LINK_TYPE_FAILOVER_DRILL,
  LINK_TYPE_LOAD_TEST,
} from '@stagecraft/catalog-conventions-common';
import { evidenceCheck } from './evidenceCheck';

/** `load-test`: a load test within the campaign's window. */
export const loadTestCheck = evidenceCheck({
  id: 'load-test',
  what: 'load test',
  linkType: LINK_TYPE_LOAD_TEST,
  annotation: ANNOTATION_LAST_LOAD_TEST,
});

/** `failover-drill`: a failover or disaster-recovery drill within the campaign's window. */
export const failoverDrillCheck = evidenceCheck({
  id: 'failover-drill',
  what: 'failover or DR drill',
  linkType: LINK_TYPE_FAILOVER_DRILL,
  annotation: ANNOTATION_LAST_FAILOVER_DRILL,
});

/** The checks that ask for evidence of work done in a window; campaigns give them theirs. */
export const EVIDENCE_CHECKS = [loadTestCheck, failoverDrillCheck];

/** Ids of the evidence checks. */
export const EVIDENCE_CHECK_IDS: readonly string[] = EVIDENCE_CHECKS.map(
  check => check.id,
);

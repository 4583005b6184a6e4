import { capacityCheck } from './capacityCheck';
import { escalationPolicyCheck } from './escalationPolicyCheck';
import { EVIDENCE_CHECKS } from './evidenceChecks';
import { monitorsCheck } from './monitorsCheck';
import { oncallContactCheck } from './oncallContactCheck';
import { ownerCheck } from './ownerCheck';
import { runbookCheck } from './runbookCheck';
import { runbookReviewedCheck } from './runbookReviewedCheck';
import { ReadinessCheck } from './types';

/** The built-in checks judged from catalog data. `production-complete` is a roll-up, see rollUp.ts. */
export const BUILT_IN_CHECKS: readonly ReadinessCheck[] = [
  ownerCheck,
  oncallContactCheck,
  runbookCheck,
  runbookReviewedCheck,
  escalationPolicyCheck,
  monitorsCheck,
  ...EVIDENCE_CHECKS,
  capacityCheck,
];

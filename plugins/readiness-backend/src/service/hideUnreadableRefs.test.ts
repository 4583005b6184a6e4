import { HIDDEN_ENTITY } from '@stagecraft/catalog-conventions-common';
import { CheckResult } from '@stagecraft/plugin-readiness-common';
import { hidingCatalog } from '../__testUtils__/hidingCatalog';
import { dana } from '../__testUtils__/visibleReadiness';
import {
  DECIDED_ON_HIDDEN_ENTITY,
  DECIDED_ON_HIDDEN_FIX,
  hideUnreadableRefs,
} from './hideUnreadableRefs';

const SECRET_TEAM = 'group:default/secret-team';
const OLGA = 'user:default/olga';
const OPEN_TEAM = 'group:default/open-team';

const deps = hidingCatalog({
  readable: [OPEN_TEAM],
  restricted: [SECRET_TEAM, OLGA],
});

const check = (changes: Partial<CheckResult>): CheckResult => ({
  checkId: 'escalation-policy',
  title: 'Escalation policy',
  severity: 'error',
  status: 'pass',
  reason: 'Paged.',
  verifiedWith: ['catalog'],
  ...changes,
});

const served = async (checks: CheckResult[], error?: string) => {
  const [result] = await hideUnreadableRefs(
    [{ checks, ...(error ? { error } : {}) }],
    deps,
    dana,
  );
  return result;
};

describe('hideUnreadableRefs', () => {
  it('serves a check decided on a hidden entity with its status only, even when only its details name it', async () => {
    // As the PagerDuty verifier writes it: the reason names the service, not the owner.
    const { checks } = await served([
      check({
        status: 'fail',
        reason:
          'PagerDuty service "Vault ops" (PSECRET1) has no escalation policy.',
        fix: 'Give the PagerDuty service an escalation policy.',
        notes: ['Verified with PagerDuty.'],
        details: { pagerdutyServiceId: 'PSECRET1', declaredOn: SECRET_TEAM },
        fixUrl: 'https://docs.example.com/escalation',
      }),
    ]);

    expect(checks).toEqual([
      {
        checkId: 'escalation-policy',
        title: 'Escalation policy',
        severity: 'error',
        status: 'fail',
        reason: DECIDED_ON_HIDDEN_ENTITY,
        fix: DECIDED_ON_HIDDEN_FIX,
        verifiedWith: ['catalog'],
        fixUrl: 'https://docs.example.com/escalation',
      },
    ]);
  });

  it('leaves the checks that quote only readable or unknown entities as they are', async () => {
    const readable = check({
      reason: `Paged through Opsgenie team open (from owner ${OPEN_TEAM}).`,
      details: { opsgenieTeam: 'open', declaredOn: OPEN_TEAM },
    });
    const unknown = check({
      checkId: 'owner',
      status: 'fail',
      reason: 'spec.owner group:default/ghost-team is not in the catalog.',
    });

    const { checks } = await served([readable, unknown]);

    expect(checks).toEqual([readable, unknown]);
  });

  it("hides a hidden approver and hidden refs in an exemption's reason and in an error", async () => {
    const result = await served(
      [
        check({
          status: 'exempt',
          exemption: {
            id: 'e1',
            reason: `Covered by ${SECRET_TEAM} until the move.`,
            expiresAt: '2026-12-31T00:00:00.000Z',
            approvedBy: OLGA,
            originalStatus: 'fail',
          },
        }),
      ],
      `Could not read ${SECRET_TEAM}: timed out.`,
    );

    expect(result.checks[0].reason).toBe('Paged.');
    expect(result.checks[0].exemption).toEqual(
      expect.objectContaining({
        reason: `Covered by ${HIDDEN_ENTITY} until the move.`,
        approvedBy: HIDDEN_ENTITY,
      }),
    );
    expect(result.error).toBe(`Could not read ${HIDDEN_ENTITY}: timed out.`);
  });
});

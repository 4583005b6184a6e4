import { HIDDEN_ENTITY } from '@stagecraft/catalog-conventions-common';
import { ExemptionWithHistory } from '@stagecraft/plugin-readiness-common';
import { hidingCatalog } from '../__testUtils__/hidingCatalog';
import { dana } from '../__testUtils__/visibleReadiness';
import { exemptionsAsServed } from './exemptionsAsServed';

const OLGA = 'user:default/olga';
const LEAD = 'user:default/lead';
const SECRET_TEAM = 'group:default/secret-team';

const deps = hidingCatalog({
  readable: [LEAD],
  restricted: [OLGA, SECRET_TEAM],
});

const exemption: ExemptionWithHistory = {
  id: 'a1b2',
  entityRef: 'component:default/shop',
  checkId: 'runbook',
  reason: `${SECRET_TEAM} moves the runbook; user:default/nobody knows when.`,
  expiresAt: '2026-12-31T00:00:00.000Z',
  state: 'approved',
  requestedBy: OLGA,
  requestedAt: '2026-12-01T00:00:00.000Z',
  decidedBy: LEAD,
  decidedAt: '2026-12-02T00:00:00.000Z',
  decisionComment: `Fine while ${SECRET_TEAM} moves it.`,
  events: [
    { action: 'requested', at: '2026-12-01T00:00:00.000Z', actor: OLGA },
    {
      action: 'approved',
      at: '2026-12-02T00:00:00.000Z',
      actor: LEAD,
      comment: `Fine while ${SECRET_TEAM} moves it.`,
    },
    { action: 'reminded', at: '2026-12-03T00:00:00.000Z' },
  ],
};

describe('exemptionsAsServed', () => {
  it('hides the people and the entities the caller may not read, and keeps the rest', async () => {
    const [served] = await exemptionsAsServed([exemption], deps, dana);

    expect(served).toEqual({
      ...exemption,
      // An unknown ref stays: the catalog does not hold it.
      reason: `An entity you may not read moves the runbook; user:default/nobody knows when.`,
      requestedBy: HIDDEN_ENTITY,
      decisionComment: `Fine while ${HIDDEN_ENTITY} moves it.`,
      events: [
        { ...exemption.events[0], actor: HIDDEN_ENTITY },
        {
          ...exemption.events[1],
          comment: `Fine while ${HIDDEN_ENTITY} moves it.`,
        },
        exemption.events[2],
      ],
    });
  });

  it('serves them as stored to a caller who may read every entity they name', async () => {
    const readable = { ...exemption, requestedBy: LEAD, events: [] };
    const asService = await exemptionsAsServed(
      [exemption],
      deps,
      await deps.auth.getOwnServiceCredentials(),
    );
    expect(asService).toEqual([exemption]);
    expect(
      await exemptionsAsServed(
        [
          {
            ...readable,
            reason: 'Moves next sprint.',
            decisionComment: undefined,
          },
        ],
        deps,
        dana,
      ),
    ).toEqual([
      { ...readable, reason: 'Moves next sprint.', decisionComment: undefined },
    ]);
  });
});

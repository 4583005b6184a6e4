import { mockCredentials } from '@backstage/backend-test-utils';
import {
  asUser,
  catalogEntity,
  userEntity,
} from '@internal/stagecraft-test-utils';
import {
  ANNOTATION_ONCALL_CONTACT,
  LINK_TYPE_ONCALL,
} from '@stagecraft/catalog-conventions-common';
import {
  CampaignProgress,
  EntityReadiness,
  READINESS_ROUTES,
} from '@stagecraft/plugin-readiness-common';
import { DECIDED_ON_HIDDEN_ENTITY } from './service/hideUnreadableRefs';
import {
  pagedService,
  restrictedHiddenFromUsers,
  startReadinessCatalog,
} from './__testUtils__/readinessCatalog';

jest.setTimeout(120_000);

const ANA = 'user:default/ana';
const VAULT_TEAM = 'group:default/vault-team';
const HSM_TEAM = 'group:default/hsm-team';
const OLGA = 'user:default/olga';
const RESTRICTED = { restricted: 'true' };

/** A team the caller may not read, whose on-call contact olga the caller may not read either. */
const hiddenTeam = (name: string, withSchedule: boolean) =>
  catalogEntity(
    'Group',
    {
      name,
      labels: RESTRICTED,
      annotations: { [ANNOTATION_ONCALL_CONTACT]: OLGA },
      ...(withSchedule && {
        links: [
          {
            url: 'https://oncall.example.com/schedule',
            type: LINK_TYPE_ONCALL,
          },
        ],
      }),
    },
    { type: 'team', children: [] },
  );

const ENTITIES = [
  hiddenTeam('vault-team', true),
  hiddenTeam('hsm-team', false),
  catalogEntity('User', { name: 'olga', labels: RESTRICTED }, { memberOf: [] }),
  userEntity('ana', []),
  pagedService('vault-ui', 'vault-team'),
  pagedService('hsm-ui', 'hsm-team'),
];

const permissions = restrictedHiddenFromUsers(() => false);
const api = (path: string) => `/api/readiness${path}`;
const entity = (name: string) => ({
  kind: 'component',
  namespace: 'default',
  name,
});

/** Every text of the checks served, where entities other than the result's own are named. */
const checkTexts = (checks: unknown) => JSON.stringify(checks);

describe('readiness over the real catalog: entities named in reasons', () => {
  let backend: Awaited<ReturnType<typeof startReadinessCatalog>>;
  const get = (path: string, header = mockCredentials.user.header(ANA)) =>
    asUser(backend.server, header).get(api(path));

  beforeAll(async () => {
    backend = await startReadinessCatalog({
      entities: ENTITIES,
      expectedEntities: 3, // ana and the two services: users do not see the rest
      features: [permissions.factory],
      results: 2,
      campaign: {
        id: 'on-call',
        name: 'On call',
        description: 'Everyone paged',
        scope: { owners: ['vault-team', 'hsm-team'] },
        requiredChecks: ['oncall-contact'],
      },
    });
  });

  afterAll(() => backend?.stop());

  it("hides the owner group and its on-call contact from a result's reasons", async () => {
    const path = READINESS_ROUTES.entityReadiness.path(entity('vault-ui'));
    const asService: EntityReadiness = (
      await get(path, mockCredentials.service.header()).expect(200)
    ).body;
    const oncall = (result: EntityReadiness) =>
      result.checks.find(c => c.checkId === 'oncall-contact')!;
    // Without hiding, the reason names both.
    expect(oncall(asService).reason).toBe(
      `${VAULT_TEAM} names on-call contact ${OLGA} and links its on-call schedule.`,
    );

    const asAna: EntityReadiness = (await get(path).expect(200)).body;
    expect(oncall(asAna)).toEqual(
      expect.objectContaining({
        status: 'pass',
        reason: DECIDED_ON_HIDDEN_ENTITY,
      }),
    );
    expect(checkTexts(asAna.checks)).not.toContain(VAULT_TEAM);
    expect(checkTexts(asAna.checks)).not.toContain(OLGA);

    const list = (await get(READINESS_ROUTES.results).expect(200)).body;
    expect(list.items).toHaveLength(2);
    expect(
      checkTexts(list.items.map((r: EntityReadiness) => r.checks)),
    ).not.toMatch(/vault-team|hsm-team|olga/);
  });

  it('hides them in the results CSV', async () => {
    const csv = (await get(READINESS_ROUTES.resultsCsv).expect(200)).text;
    expect(csv).toContain(`oncall-contact: ${DECIDED_ON_HIDDEN_ENTITY}`);
    expect(csv).not.toContain(OLGA);
    // The groups stay only in the owner column: each component's own spec.owner.
    expect(csv.split(HSM_TEAM)).toHaveLength(2);
  });

  it("hides them in a campaign's progress and CSV", async () => {
    const progress: CampaignProgress = (
      await get(READINESS_ROUTES.campaignProgress.path('on-call')).expect(200)
    ).body;
    expect(progress.entities).toHaveLength(2);
    const texts = checkTexts(progress.entities.map(e => e.checks));
    expect(texts).toContain(DECIDED_ON_HIDDEN_ENTITY);
    expect(texts).not.toMatch(/vault-team|hsm-team|olga/);

    const csv = (
      await get(READINESS_ROUTES.campaignResultsCsv.path('on-call')).expect(200)
    ).text;
    expect(csv).toContain(`oncall-contact: ${DECIDED_ON_HIDDEN_ENTITY}`);
    expect(csv).not.toMatch(/vault-team|olga/);
  });
});

import { TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { hideRestrictedFromUsers } from '@internal/stagecraft-test-utils';
import {
  ANNOTATION_ONCALL_CONTACT,
  ANNOTATION_PAGERDUTY_SERVICE_ID,
  LINK_TYPE_ONCALL,
} from '@stagecraft/catalog-conventions-common';
import { EntityReadiness } from '@stagecraft/plugin-readiness-common';
import { ReadinessStore } from '../database/ReadinessStore';
import {
  DECIDED_ON_HIDDEN_ENTITY,
  DECIDED_ON_HIDDEN_FIX,
} from './hideUnreadableRefs';
import {
  dana as user,
  visibleReadinessOn,
} from '../__testUtils__/visibleReadiness';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const now = new Date('2026-11-22T12:00:00.000Z');
const RESTRICTED = { restricted: 'true' };

const SHOP = 'component:default/shop';
const SECRET_TEAM = 'group:default/secret-team';
const OLGA = 'user:default/olga';
const GHOST = 'user:default/ghost';
const SECRET_TEAM_PAGER = 'PSECRET1';

/**
 * The caller may read shop, but neither its owner group nor the group's on-call contact. The
 * group links its on-call schedule only `withSchedule`.
 */
const entities = (options: {
  contact?: string;
  withSchedule?: boolean;
}): Entity[] => [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'shop', namespace: 'default' },
    spec: { type: 'service', lifecycle: 'production', owner: 'secret-team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'secret-team',
      namespace: 'default',
      labels: RESTRICTED,
      annotations: {
        [ANNOTATION_ONCALL_CONTACT]: options.contact ?? OLGA,
        [ANNOTATION_PAGERDUTY_SERVICE_ID]: SECRET_TEAM_PAGER,
      },
      links: options.withSchedule
        ? [{ url: 'https://oncall.example.com/secret', type: LINK_TYPE_ONCALL }]
        : [],
    },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'olga', namespace: 'default', labels: RESTRICTED },
    spec: {},
  },
];

async function createVisibleReadiness(catalog: Entity[]) {
  const knex = await databases.init('SQLITE_3');
  const database = { getClient: async () => knex };
  const store = await ReadinessStore.create({ database });
  const { visible } = await visibleReadinessOn({
    database,
    store,
    evaluated: catalog,
    readable: [],
    catalog: hideRestrictedFromUsers(catalogServiceMock({ entities: catalog })),
    now,
  });
  return visible;
}

/** Every text a served result carries. */
const textsOf = (result: EntityReadiness | undefined) =>
  JSON.stringify(
    result?.checks.map(({ reason, fix, notes, details }) => ({
      reason,
      fix,
      notes,
      details,
    })),
  );

describe('VisibleReadiness: entities named in check texts', () => {
  it('serves the checks decided on an owner group the caller may not read with their status only', async () => {
    const visible = await createVisibleReadiness(
      entities({ withSchedule: true }),
    );

    const evaluated = await visible.evaluateEntity(SHOP, user);
    const onOwner = evaluated?.checks.filter(c =>
      ['oncall-contact', 'escalation-policy'].includes(c.checkId),
    );
    expect(onOwner).toEqual([
      expect.objectContaining({
        status: 'pass',
        reason: DECIDED_ON_HIDDEN_ENTITY,
      }),
      expect.objectContaining({
        status: 'pass',
        reason: DECIDED_ON_HIDDEN_ENTITY,
      }),
    ]);
    expect(onOwner?.map(c => [c.details, c.notes])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);

    const served = [
      evaluated,
      await visible.getResult(SHOP, user),
      ...(await visible.listResults({}, user)),
      ...(await visible.listResultsPage({ offset: 0, limit: 10 }, user)).items,
    ];
    expect(served).toHaveLength(4);
    for (const result of served) {
      expect(result?.entityRef).toBe(SHOP);
      expect(textsOf(result)).not.toContain(SECRET_TEAM);
      expect(textsOf(result)).not.toContain(OLGA);
      expect(textsOf(result)).not.toContain('oncall.example.com/secret');
      expect(textsOf(result)).not.toContain(SECRET_TEAM_PAGER);
    }
  });

  it('hides them in the CSV', async () => {
    const visible = await createVisibleReadiness(entities({}));
    await visible.evaluateEntity(SHOP, user);

    const csv = await visible.exportCsv({}, user);

    expect(csv).toContain(`oncall-contact: ${DECIDED_ON_HIDDEN_ENTITY}`);
    expect(csv).not.toContain('links no on-call schedule');
    // Only in the owner column: shop's own spec.owner, which the caller reads with shop.
    expect(csv.split(SECRET_TEAM)).toHaveLength(2);
    expect(csv).toContain(`,service,production,${SECRET_TEAM},`);
  });

  it('hides what a hidden group names even where the catalog does not hold it', async () => {
    const visible = await createVisibleReadiness(
      entities({ contact: GHOST, withSchedule: true }),
    );

    const result = await visible.evaluateEntity(SHOP, user);

    expect(result?.checks.find(c => c.checkId === 'oncall-contact')).toEqual(
      expect.objectContaining({
        status: 'fail',
        reason: DECIDED_ON_HIDDEN_ENTITY,
        fix: DECIDED_ON_HIDDEN_FIX,
      }),
    );
    expect(textsOf(result)).not.toContain(GHOST);
  });
});

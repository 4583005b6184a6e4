import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { TransitionTracker } from '@stagecraft/backend-node';
import { loadExampleCatalog } from '@internal/stagecraft-test-utils';
import { readReadinessBackendConfig } from '../config';
import { ExemptionStore } from '../database/ExemptionStore';
import { ReadinessStore } from '../database/ReadinessStore';
import { ActiveExemptions } from '../exemptions/ActiveExemptions';
import { ReadinessCatalogReader } from '../service/ReadinessCatalogReader';
import { ReadinessService } from '../service/ReadinessService';
import {
  readinessTransitionKey,
  readinessTransitionStates,
} from './readinessTransitions';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const example = loadExampleCatalog();
const logger = mockServices.logger.mock();
const PROCESSOR = 'component:default/event-processor';

/** The example catalog with event-processor's runbook link removed. */
function withoutProcessorRunbook(): Entity[] {
  return example.map(entity => {
    if (entity.metadata.name !== 'event-processor') return entity;
    const copy: Entity = JSON.parse(JSON.stringify(entity));
    copy.metadata.links = copy.metadata.links?.filter(
      l => l.type !== 'runbook',
    );
    return copy;
  });
}

describe('readiness check transitions notify owners', () => {
  let sent: NotificationSendOptions[];
  let store: ReadinessStore;
  let exemptionStore: ExemptionStore;
  let evaluateCatalog: (entities: Entity[]) => Promise<void>;
  let evaluateOne: (entities: Entity[], ref: string) => Promise<void>;

  beforeEach(async () => {
    sent = [];
    const knex = await databases.init('SQLITE_3');
    const database = { getClient: async () => knex };
    store = await ReadinessStore.create({ database });
    exemptionStore = await ExemptionStore.create({ database });
    const exemptions = new ActiveExemptions({
      store: exemptionStore,
      productionCompleteRequires: [],
    });
    const transitions = await TransitionTracker.create({
      database,
      notifications: {
        send: async options => {
          sent.push(options);
        },
      },
      logger,
    });
    // Each cycle reads the catalog as it is then, through the same store and tracker.
    const service = (entities: Entity[]) =>
      new ReadinessService({
        store,
        reader: new ReadinessCatalogReader(
          catalogServiceMock({ entities }),
          mockServices.auth(),
        ),
        verifiers: [],
        settings: readReadinessBackendConfig(new ConfigReader({})),
        logger,
        transitions,
        exemptions,
        // A few entities a slice: the run stages, and notifies, slice by slice.
        sliceSize: 4,
      });
    evaluateCatalog = async entities => {
      await service(entities).evaluateAll();
    };
    evaluateOne = async (entities, ref) => {
      await service(entities).evaluateEntity(ref);
    };
  });

  it('tells each owner of the checks failing at the first run, once each, and nothing of those passing', async () => {
    await evaluateCatalog(example);
    const results = await store.listResults({});
    expect(results).toHaveLength(49);
    const expected = results.flatMap(result =>
      result.checks
        .filter(
          check =>
            check.status === 'fail' &&
            check.checkId !== 'production-complete' &&
            result.owner,
        )
        .map(check => ({
          scope: readinessTransitionKey(result.entityRef, check.checkId),
          owner: result.owner,
        })),
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(
      sent
        .map(n => ({
          scope: n.payload.scope,
          owner: (n.recipients as { entityRef: string }).entityRef,
        }))
        .sort((a, b) => a.scope!.localeCompare(b.scope!)),
    ).toEqual(expected.sort((a, b) => a.scope.localeCompare(b.scope)));
    expect(sent.every(n => /is failing$/.test(n.payload.title))).toBe(true);
    expect(
      sent.filter(n => n.payload.link?.includes('event-processor')),
    ).toEqual([]);

    // The next run with nothing changed tells nobody anything.
    sent.length = 0;
    await evaluateCatalog(example);
    expect(sent).toEqual([]);
  });

  it('notifies the owner when a check starts failing and when it recovers, once each', async () => {
    await evaluateCatalog(example);
    sent.length = 0;

    await evaluateCatalog(withoutProcessorRunbook());
    expect(sent).toEqual([
      {
        recipients: {
          type: 'entity',
          entityRef: 'group:default/data-platform-team',
        },
        payload: expect.objectContaining({
          title: 'Event processor: readiness check "Runbook" is failing',
          severity: 'high',
          topic: 'readiness:runbook',
          scope: readinessTransitionKey(PROCESSOR, 'runbook'),
          link: '/catalog/default/component/event-processor',
        }),
      },
    ]);
    await evaluateCatalog(withoutProcessorRunbook());
    expect(sent).toHaveLength(1);

    sent.length = 0;
    await evaluateCatalog(example);
    expect(sent).toEqual([
      expect.objectContaining({
        payload: expect.objectContaining({
          title: 'Event processor: readiness check "Runbook" passes again',
          severity: 'low',
          scope: readinessTransitionKey(PROCESSOR, 'runbook'),
        }),
      }),
    ]);
  });

  it('tells nobody of a failure an approved exemption lets off, and tells the owner once it no longer does', async () => {
    await evaluateCatalog(example);
    sent.length = 0;
    const now = new Date();
    const { id } = await exemptionStore.request(
      {
        entityRef: PROCESSOR,
        checkId: 'runbook',
        reason: 'The runbook moves to TechDocs next week.',
        expiresAt: new Date(now.getTime() + 86_400_000).toISOString(),
      },
      { actor: 'user:default/owner', now },
    );
    await exemptionStore.transition(id, ['requested'], 'approved', {
      actor: 'user:default/approver',
      now,
    });

    await evaluateCatalog(withoutProcessorRunbook());
    expect(sent).toEqual([]);

    await exemptionStore.transition(id, ['approved'], 'withdrawn', {
      actor: 'user:default/owner',
      now: new Date(),
    });
    await evaluateCatalog(withoutProcessorRunbook());
    expect(sent.map(n => n.payload.title)).toEqual([
      'Event processor: readiness check "Runbook" is failing',
    ]);
  });

  it('an entity evaluated on demand notifies too, and the next run does not repeat it', async () => {
    await evaluateCatalog(example);
    sent.length = 0;
    await evaluateOne(withoutProcessorRunbook(), PROCESSOR);
    expect(sent.map(n => n.payload.title)).toEqual([
      'Event processor: readiness check "Runbook" is failing',
    ]);
    await evaluateCatalog(withoutProcessorRunbook());
    expect(sent).toHaveLength(1);
  });
});

describe('readinessTransitionStates', () => {
  it('leaves out roll-ups, checks that could not be completed and unevaluated entities', () => {
    const states = readinessTransitionStates([
      {
        entityRef: PROCESSOR,
        kind: 'Component',
        owner: 'group:default/data-platform-team',
        score: 50,
        status: 'fail',
        evaluatedAt: '2026-12-06T10:00:00Z',
        checks: [
          {
            checkId: 'runbook',
            title: 'Runbook',
            severity: 'error',
            status: 'fail',
            reason: 'No runbook link.',
            fix: 'Add a link of type runbook.',
            fixUrl: 'https://docs.example.com/readiness#runbook',
            verifiedWith: ['catalog'],
          },
          {
            checkId: 'monitors',
            title: 'Monitors',
            severity: 'warning',
            status: 'fail',
            reason: 'No iterator-age alarm.',
            verifiedWith: ['cloudwatch'],
          },
          {
            checkId: 'escalation-policy',
            title: 'Escalation policy',
            severity: 'error',
            status: 'error',
            reason: 'PagerDuty timed out.',
            verifiedWith: ['pagerduty'],
          },
          {
            checkId: 'owner',
            title: 'Owner',
            severity: 'error',
            status: 'pass',
            reason: 'Owned by data-platform-team.',
            verifiedWith: ['catalog'],
          },
          {
            checkId: 'production-complete',
            title: 'Production complete',
            severity: 'error',
            status: 'fail',
            reason: 'runbook failed.',
            verifiedWith: ['catalog'],
          },
        ],
      },
      {
        entityRef: 'component:default/broken',
        kind: 'Component',
        owner: 'group:default/data-platform-team',
        score: 0,
        status: 'error',
        evaluatedAt: '2026-12-06T10:00:00Z',
        checks: [],
        error: 'Could not evaluate',
      },
    ]);
    expect(states).toEqual([
      {
        key: 'readiness:runbook:component:default/event-processor',
        entityRef: PROCESSOR,
        ownerRef: 'group:default/data-platform-team',
        state: 'failing',
        severity: 'high',
        topic: 'readiness:runbook',
        title: 'event-processor: readiness check "Runbook" is failing',
        description:
          'No runbook link. Add a link of type runbook. How to fix: https://docs.example.com/readiness#runbook',
        link: '/catalog/default/component/event-processor',
        observedAt: new Date('2026-12-06T10:00:00Z'),
      },
      expect.objectContaining({
        key: 'readiness:monitors:component:default/event-processor',
        state: 'failing',
        severity: 'normal',
        topic: 'readiness:monitors',
      }),
      expect.objectContaining({
        key: 'readiness:owner:component:default/event-processor',
        state: 'passing',
        severity: 'low',
        title: 'event-processor: readiness check "Owner" passes again',
        description: 'Owned by data-platform-team.',
      }),
    ]);
  });
});

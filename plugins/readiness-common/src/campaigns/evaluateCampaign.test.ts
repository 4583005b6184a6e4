import { Entity } from '@backstage/catalog-model';
import { lambda } from '../__testUtils__/entities';
import { buildReadinessCatalogView } from '../catalog/catalogView';
import { DEFAULT_READINESS_RULES_CONFIG } from '../config/defaults';
import { evaluateReadiness } from '../evaluate/evaluateEntity';
import { evaluateCampaign, campaignPhase } from './evaluateCampaign';
import { groupHierarchy } from './groupHierarchy';
import { Campaign } from './types';

/** A department (commerce) with two teams, one of which has a sub-team; and another group. */
function group(name: string, parent?: string, useRelations = false): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name },
    spec: {
      type: 'team',
      children: [],
      ...(parent && !useRelations ? { parent } : {}),
    },
    ...(parent && useRelations
      ? {
          relations: [
            { type: 'childOf', targetRef: `group:default/${parent}` },
          ],
        }
      : {}),
  };
}

const groups = [
  group('commerce'),
  group('checkout-team', 'commerce'),
  // Known only from the catalog's relations, as the catalog backend serves it.
  group('payments-team', 'commerce', true),
  group('fraud-squad', 'payments-team'),
  group('marketing'),
];

const system: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'shop' },
  spec: { owner: 'group:default/commerce', domain: 'retail' },
};

const services = [
  lambda('cart', { owner: 'group:default/checkout-team', system: 'shop' }),
  lambda('pay', {
    owner: 'group:default/payments-team',
    system: 'shop',
    annotations: { 'stagecraft.io/last-load-test': '2026-11-02' },
  }),
  lambda('score', {
    owner: 'group:default/fraud-squad',
    system: 'shop',
    links: [
      {
        url: 'https://wiki.example.com/runbooks/score',
        title: 'Runbook',
        type: 'runbook',
      },
      {
        url: 'https://k6.example.com/runs/7',
        title: 'Load test 2026-11-05',
        type: 'load-test',
      },
    ],
  }),
  lambda('banner', { owner: 'group:default/marketing' }),
  lambda('old-cart', {
    owner: 'group:default/checkout-team',
    system: 'shop',
    lifecycle: 'deprecated',
  }),
];

const now = new Date('2026-11-10T12:00:00Z');
const catalogEntities: Entity[] = [...groups, system, ...services];

const campaign = (extra: Partial<Campaign> = {}): Campaign => ({
  id: 'cyber-week',
  name: 'Cyber Week 2026',
  description: '',
  startDate: '2026-11-01',
  deadline: '2026-11-20',
  scope: { owners: ['group:default/commerce'], lifecycles: ['production'] },
  requiredChecks: ['load-test', 'runbook'],
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
  ...extra,
});

function progressOf(c: Campaign, entities = catalogEntities) {
  const results = new Map(
    evaluateReadiness(entities, DEFAULT_READINESS_RULES_CONFIG, now).map(r => [
      r.entityRef,
      r,
    ]),
  );
  return evaluateCampaign(c, entities, {
    catalog: buildReadinessCatalogView(entities),
    config: DEFAULT_READINESS_RULES_CONFIG,
    hierarchy: groupHierarchy(entities),
    resultOf: ref => results.get(ref),
    now,
  });
}

describe('evaluateCampaign', () => {
  it('takes the owning group with all its sub-groups, from spec.parent and childOf relations', () => {
    const progress = progressOf(campaign());
    expect(progress.entities.map(e => e.entityRef)).toEqual([
      'component:default/cart',
      'component:default/pay',
      'component:default/score',
    ]);
  });

  it('judges evidence within the campaign window and names the fix of what fails', () => {
    const { entities, totals } = progressOf(campaign());
    const cart = entities.find(e => e.entityRef === 'component:default/cart')!;
    expect(cart.status).toBe('owes');
    const loadTest = cart.checks.find(c => c.checkId === 'load-test')!;
    expect(loadTest).toMatchObject({ title: 'Load test', status: 'fail' });
    expect(loadTest.fix).toContain('type load-test');
    expect(totals).toMatchObject({
      entities: 3,
      done: 2,
      owing: 1,
      percentDone: 67,
    });
    expect(totals.byCheck['load-test']).toEqual({ passing: 2, failing: 1 });

    // A load test before the start date does not count.
    const later = progressOf(campaign({ startDate: '2026-11-03' }));
    expect(
      later.entities.find(e => e.entityRef === 'component:default/pay')!.status,
    ).toBe('owes');
  });

  it('rolls up per owning group, a department counting its teams and their sub-teams', () => {
    const { rollup } = progressOf(campaign());
    expect(
      rollup.map(r => [r.owner, r.depth, r.ownEntities, r.entities, r.done]),
    ).toEqual([
      ['group:default/commerce', 0, 0, 3, 2],
      ['group:default/checkout-team', 1, 1, 1, 0],
      ['group:default/payments-team', 1, 1, 2, 2],
      ['group:default/fraud-squad', 2, 1, 1, 1],
    ]);
    expect(rollup[3].parent).toBe('group:default/payments-team');
  });

  it('scopes by system, domain, tag and lifecycle; a check that does not apply is owed nowhere', () => {
    const bySystem = progressOf(
      campaign({
        scope: { domains: ['retail'], lifecycles: ['deprecated'] },
        requiredChecks: ['runbook'],
      }),
    );
    expect(bySystem.entities.map(e => e.entityRef)).toEqual([
      'component:default/old-cart',
    ]);
    // runbook applies to production only: nothing owed.
    expect(bySystem.entities[0].checks[0].status).toBe('not-applicable');
    expect(bySystem.entities[0].status).toBe('done');
    expect(
      progressOf(campaign({ scope: { tags: ['nope'] } })).entities,
    ).toEqual([]);
  });

  it('says an entity not evaluated yet is unknown, not done', () => {
    const c = campaign({ requiredChecks: ['runbook'] });
    const progress = evaluateCampaign(c, catalogEntities, {
      catalog: buildReadinessCatalogView(catalogEntities),
      config: DEFAULT_READINESS_RULES_CONFIG,
      hierarchy: groupHierarchy(catalogEntities),
      resultOf: () => undefined,
      now,
    });
    expect(progress.totals).toMatchObject({ done: 0, unknown: 3 });
  });

  it('counts a failure an approved exemption lets off as exempt and the entity done, with an exemption', () => {
    const c = campaign();
    const entities = catalogEntities;
    const results = new Map(
      evaluateReadiness(entities, DEFAULT_READINESS_RULES_CONFIG, now).map(
        r => [r.entityRef, r],
      ),
    );
    const progress = evaluateCampaign(c, entities, {
      catalog: buildReadinessCatalogView(entities),
      config: DEFAULT_READINESS_RULES_CONFIG,
      hierarchy: groupHierarchy(entities),
      resultOf: ref => results.get(ref),
      now,
      exemptions: [
        {
          id: 'ex-1',
          entityRef: 'component:default/cart',
          checkId: 'load-test',
          reason: 'Load tested with the checkout flow',
          expiresAt: '2026-11-30T00:00:00.000Z',
          state: 'approved',
          requestedBy: 'user:default/ana',
          requestedAt: '2026-11-05T00:00:00.000Z',
          decidedBy: 'user:default/sre-lead',
        },
      ],
    });
    const cart = progress.entities.find(
      e => e.entityRef === 'component:default/cart',
    )!;
    expect(cart).toMatchObject({ status: 'done', exempted: 1 });
    expect(cart.checks.find(ch => ch.checkId === 'load-test')).toMatchObject({
      status: 'exempt',
      exemption: { id: 'ex-1', originalStatus: 'fail' },
    });
    expect(progress.totals).toMatchObject({
      done: 3,
      owing: 0,
      doneWithExemption: 1,
      percentDone: 100,
    });
    expect(progress.totals.byCheck['load-test']).toEqual({
      passing: 3,
      failing: 0,
    });
    expect(progress.rollup[0]).toMatchObject({
      owner: 'group:default/commerce',
      done: 3,
      doneWithExemption: 1,
    });
    // Without the exemption it owed the load test (see above).
    expect(progressOf(c).totals.doneWithExemption).toBeUndefined();
    expect(progressOf(c).rollup[0].doneWithExemption).toBeUndefined();
  });

  it('asks runbook-reviewed for a recorded review within the campaign days', () => {
    const c = campaign({
      requiredChecks: ['runbook-reviewed'],
      runbookReviewedWithinDays: 30,
    });
    const cart = progressOf(c).entities[0];
    // The runbook is outside the portal: no review date is recorded.
    expect(cart.checks[0].status).toBe('fail');
    expect(cart.checks[0].reason).toContain('No recorded review date');
  });
});

describe('campaignPhase', () => {
  it('is upcoming, active through the deadline day, then ended', () => {
    const c = { startDate: '2026-11-01', deadline: '2026-11-20' };
    expect(campaignPhase(c, new Date('2026-10-31T23:59:00Z'))).toBe('upcoming');
    expect(campaignPhase(c, new Date('2026-11-20T23:59:00Z'))).toBe('active');
    expect(campaignPhase(c, new Date('2026-11-21T00:00:00Z'))).toBe('ended');
  });
});

import type {
  CampaignProgress,
  EntityCampaign,
} from '@stagecraft/plugin-readiness-common';
import { ReadinessClient } from '../api';

const campaign = {
  id: 'cyber-week-2026',
  name: 'Cyber Week 2026',
  description: 'Peak readiness for 16 billion API calls',
  startDate: '2026-11-01',
  deadline: '2026-11-27',
  scope: { owners: ['group:default/commerce'] },
  requiredChecks: ['load-test', 'runbook'],
  createdAt: '2026-10-20T00:00:00Z',
  updatedAt: '2026-10-20T00:00:00Z',
};

const loadTestFails = {
  checkId: 'load-test',
  title: 'Load test',
  status: 'fail' as const,
  reason:
    'No load test within 2026-11-01 to 2026-11-27: no load test is recorded.',
  fix: 'Run a load test, then link its report with type load-test and the date (YYYY-MM-DD) in the title, or set stagecraft.io/last-load-test: <date>.',
  fixUrl: 'https://example.com/README.md#load-test',
};
const passes = (checkId: string, title: string) => ({
  checkId,
  title,
  status: 'pass' as const,
  reason: `${title} passes.`,
});

/** What `/campaigns/cyber-week-2026/progress` answers: a department with two teams. */
export const progressFixture: CampaignProgress = {
  campaign,
  phase: 'active',
  totals: {
    entities: 2,
    done: 1,
    owing: 1,
    unknown: 0,
    percentDone: 50,
    byCheck: {
      'load-test': { passing: 1, failing: 1 },
      runbook: { passing: 2, failing: 0 },
    },
  },
  rollup: [
    {
      owner: 'group:default/commerce',
      depth: 0,
      ownEntities: 0,
      entities: 2,
      done: 1,
      owing: 1,
      percentDone: 50,
    },
    {
      owner: 'group:default/checkout-team',
      parent: 'group:default/commerce',
      depth: 1,
      ownEntities: 1,
      entities: 1,
      done: 1,
      owing: 0,
      percentDone: 100,
    },
    {
      owner: 'group:default/payments-team',
      parent: 'group:default/commerce',
      depth: 1,
      ownEntities: 1,
      entities: 1,
      done: 0,
      owing: 1,
      percentDone: 0,
    },
  ],
  entities: [
    {
      entityRef: 'component:default/cart',
      owner: 'group:default/checkout-team',
      status: 'done',
      checks: [passes('load-test', 'Load test'), passes('runbook', 'Runbook')],
    },
    {
      entityRef: 'component:default/payments-api',
      owner: 'group:default/payments-team',
      status: 'owes',
      checks: [loadTestFails, passes('runbook', 'Runbook')],
    },
  ],
  history: [
    { day: '2026-11-02', entities: 2, done: 0 },
    { day: '2026-11-03', entities: 2, done: 1 },
  ],
  evaluatedAt: '2026-11-03T10:00:00Z',
};

/** The same campaign once an approved exemption lets payments-api off its load test. */
export const exemptProgressFixture: CampaignProgress = {
  ...progressFixture,
  totals: {
    ...progressFixture.totals,
    done: 2,
    owing: 0,
    percentDone: 100,
    doneWithExemption: 1,
    byCheck: {
      ...progressFixture.totals.byCheck,
      'load-test': { passing: 2, failing: 0 },
    },
  },
  rollup: [
    {
      ...progressFixture.rollup[0],
      done: 2,
      doneWithExemption: 1,
      owing: 0,
      percentDone: 100,
    },
    progressFixture.rollup[1],
    {
      ...progressFixture.rollup[2],
      done: 1,
      doneWithExemption: 1,
      owing: 0,
      percentDone: 100,
    },
  ],
  entities: [
    progressFixture.entities[0],
    {
      ...progressFixture.entities[1],
      status: 'done',
      exempted: 1,
      checks: [
        {
          ...loadTestFails,
          status: 'exempt',
          exemption: {
            id: '3',
            reason: 'Load test booked for January, after the freeze',
            expiresAt: '2027-01-31T00:00:00.000Z',
            approvedBy: 'user:default/maria.lopez',
            originalStatus: 'fail',
          },
        },
        passes('runbook', 'Runbook'),
      ],
    },
  ],
};

export const entityCampaignFixture: EntityCampaign = {
  campaign,
  phase: 'active',
  progress: progressFixture.entities[1],
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

/**
 * The readiness client over a fake HTTP boundary answering the campaign routes with `progress`,
 * or what `showProgress` gives it later (as a run that finishes does); after `answerAfter`,
 * each answer waits for its promise first (a backend still working on it).
 */
export function fakeCampaignBackend(initialProgress = progressFixture) {
  let progress = initialProgress;
  const showProgress = (next: CampaignProgress) => {
    progress = next;
  };
  let answersWaitFor: Promise<unknown> | undefined;
  const answerAfter = (promise: Promise<unknown>) => {
    answersWaitFor = promise;
  };
  const requests: Array<{ method: string; path: string; body?: unknown }> = [];
  const client = new ReadinessClient({
    discoveryApi: {
      getBaseUrl: async () => 'http://localhost:7007/api/readiness',
    },
    fetchApi: {
      fetch: async (input: any, init?: RequestInit) => {
        const path = new URL(String(input)).pathname.replace(
          '/api/readiness',
          '',
        );
        const method = init?.method ?? 'GET';
        const body = init?.body ? JSON.parse(String(init.body)) : undefined;
        requests.push({ method, path, body });
        await answersWaitFor;
        if (path === '/campaigns' && method === 'GET')
          return json({ items: [campaign] });
        if (path === '/campaigns' && method === 'POST') {
          return body.deadline < body.startDate
            ? json(
                {
                  error: {
                    name: 'InputError',
                    message: `Campaign field deadline (${body.deadline}) is before startDate (${body.startDate})`,
                  },
                },
                400,
              )
            : json({ ...campaign, ...body, id: 'black-friday' }, 201);
        }
        if (path === `/campaigns/${campaign.id}/progress`)
          return json(progress);
        if (path === `/campaigns/${campaign.id}/results.csv`)
          return new Response('entity_ref\r\n', {
            headers: { 'Content-Type': 'text/csv' },
          });
        if (path === '/entities/component/default/payments-api/campaigns')
          return json({
            items: [
              { ...entityCampaignFixture, progress: progress.entities[1] },
            ],
          });
        if (/^\/entities\/[^/]+\/[^/]+\/[^/]+\/campaigns$/.test(path))
          return json({ items: [] });
        if (path === '/checks')
          return json({
            items: [
              {
                id: 'runbook',
                title: 'Runbook',
                description: '',
                appliesTo: [],
                severity: 'error',
              },
              {
                id: 'load-test',
                title: 'Load test',
                description: '',
                appliesTo: [],
                severity: 'warning',
              },
            ],
          });
        return json(
          { error: { name: 'NotFoundError', message: 'Not found' } },
          404,
        );
      },
    },
  });
  return { client, requests, showProgress, answerAfter };
}

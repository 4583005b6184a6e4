import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import {
  DEFAULT_RESULTS_LIMIT,
  EntityReadiness,
  ReadinessResultsPage,
} from '@stagecraft/plugin-readiness-common';
import { Express } from 'express';
import request from 'supertest';
import { ExemptionStore } from './database/ExemptionStore';
import { ReadinessStore } from './database/ReadinessStore';
import { createRouter } from './router';
import { approvedExemption } from './__testUtils__/approvedExemption';
import { readiness } from './__testUtils__/results';
import {
  teamAService,
  visibleReadinessOn,
} from './__testUtils__/visibleReadiness';
import { withErrorMiddleware } from './__testUtils__/withErrorMiddleware';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const now = new Date('2026-11-22T12:00:00.000Z');
const CHECKS = ['owner', 'runbook', 'monitors', 'escalation-policy'];

const nameOf = (i: number) => `svc-${String(i).padStart(2, '0')}`;
const refOf = (i: number) => `component:default/${nameOf(i)}`;
/** 40 evaluated entities: svc-NN fails the first NN % 5 checks; the caller may not read every fourth. */
const ALL = [...Array(40).keys()];
const isDenied = (i: number) => i % 4 === 0;
const READABLE = ALL.filter(i => !isDenied(i));

async function startRouter() {
  const knex = await databases.init('SQLITE_3');
  const database = { getClient: async () => knex };
  const store = await ReadinessStore.create({ database });
  await store.saveResults(
    ALL.map(i => readiness(nameOf(i), { failing: CHECKS.slice(0, i % 5) })),
  );
  const { visible, exemptionStore } = await visibleReadinessOn({
    database,
    store,
    evaluated: ALL.map(i => teamAService(nameOf(i))),
    // The catalog as the caller sees it: the policy hides every fourth entity.
    readable: READABLE.map(i => teamAService(nameOf(i))),
    now,
  });
  const router = await createRouter({
    httpAuth: mockServices.httpAuth(),
    permissions: mockServices.permissions(),
    readiness: visible,
    triggerEvaluation: async () => {},
    now: () => now,
  });
  const app = withErrorMiddleware(router);
  return { app, exemptionStore };
}

/** Each svc-NN of `indices` let off its owner check by an approved exemption until December. */
async function exemptFromOwnerCheck(
  store: ExemptionStore,
  ...indices: number[]
) {
  for (const i of indices) {
    await approvedExemption(
      store,
      {
        entityRef: refOf(i),
        checkId: 'owner',
        reason: 'A new team takes it over this month',
        expiresAt: '2026-12-01T00:00:00.000Z',
      },
      now,
    );
  }
}

const refs = (page: ReadinessResultsPage) =>
  page.items.map((item: EntityReadiness) => item.entityRef);

/** The entity refs of the rows of the CSV export filtered by `query`. */
async function exportedRefs(app: Express, query: string) {
  const csv = await request(app).get(`/results/export.csv?${query}`);
  const rows = csv.text.split('\r\n').filter(Boolean).slice(1);
  return rows.map(row => row.split(',')[0]);
}

describe('GET /results', () => {
  it.each([
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['offset=-1', 'offset'],
    ['offset=two', 'offset'],
    ['sort=result', 'sort'],
    ['order=up', 'order'],
    ['failing=yes', 'failing'],
    ['exempted=yes', 'exempted'],
    ['passing=yes', 'passing'],
    ['owner=a&owner=b', 'owner'],
    ['q=a&q=b', 'q'],
  ])('answers 400 naming the parameter to ?%s', async (params, name) => {
    const { app } = await startRouter();
    const res = await request(app).get(`/results?${params}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(
      `Invalid query parameter ${name}:`,
    );
  });

  it('answers 400 to a bad filter of the summary, trend and CSV too', async () => {
    const { app } = await startRouter();
    for (const path of ['/summary', '/trend', '/results/export.csv']) {
      const res = await request(app).get(`${path}?failing=maybe`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('failing');
    }
  });

  it('serves the first page of the default size, worst first, counting only readable entities', async () => {
    const { app } = await startRouter();
    const res = await request(app).get('/results');
    expect(res.status).toBe(200);
    const page: ReadinessResultsPage = res.body;
    expect(page.items).toHaveLength(DEFAULT_RESULTS_LIMIT);
    expect(page).toMatchObject({
      offset: 0,
      limit: DEFAULT_RESULTS_LIMIT,
      totalCount: READABLE.length,
    });
    const scores = page.items.map(item => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(page.items[0].score).toBe(0);
  });

  it('pages through every readable entity exactly once; a denied one never appears and is not counted', async () => {
    const { app } = await startRouter();
    const seen: string[] = [];
    for (let offset = 0; offset < 40; offset += 7) {
      const page: ReadinessResultsPage = (
        await request(app).get(
          `/results?limit=7&offset=${offset}&sort=entityRef`,
        )
      ).body;
      expect(page.totalCount).toBe(READABLE.length);
      seen.push(...refs(page));
    }
    expect(seen).toEqual(READABLE.map(refOf));

    const failing: ReadinessResultsPage = (
      await request(app).get('/results?failing=true&limit=500')
    ).body;
    const failingReadable = READABLE.filter(i => i % 5 > 0);
    expect(failing.totalCount).toBe(failingReadable.length);
    expect([...refs(failing)].sort()).toEqual(failingReadable.map(refOf));

    const last: ReadinessResultsPage = (
      await request(app).get(
        '/results?offset=29&limit=5&sort=entityRef&order=desc',
      )
    ).body;
    expect(refs(last)).toEqual([refOf(1)]);
  });

  it('counts and filters what an approved exemption lets off as served', async () => {
    const { app, exemptionStore } = await startRouter();
    // svc-01 fails only the owner check; svc-05 passes every check.
    await exemptFromOwnerCheck(exemptionStore, 1);
    const failing: ReadinessResultsPage = (
      await request(app).get('/results?failing=true&limit=500')
    ).body;
    expect(refs(failing)).not.toContain(refOf(1));
    expect(failing.totalCount).toBe(READABLE.filter(i => i % 5 > 0).length - 1);

    const byOwnerCheck: ReadinessResultsPage = (
      await request(app).get('/results?check=owner&limit=500')
    ).body;
    expect(refs(byOwnerCheck)).not.toContain(refOf(1));

    const all: ReadinessResultsPage = (
      await request(app).get('/results?sort=status&order=desc&limit=500')
    ).body;
    expect(all.totals.exempted).toBe(1);
    expect(all.totals.passing).toBe(
      READABLE.filter(i => i % 5 === 0).length + 1,
    );
    const exempt = all.items.find(item => item.entityRef === refOf(1))!;
    expect(exempt).toMatchObject({ status: 'pass', score: 100, exempted: 1 });
    // Passing first when sorted by status, descending.
    expect(all.items.findIndex(item => item.status !== 'pass')).toBe(
      all.totals.passing,
    );
  });

  describe('with svc-01, svc-02, svc-04 and svc-16 let off their owner check', () => {
    // svc-01 is ready by its exemption, svc-02 is still not ready; of the denied, svc-04 is
    // still not ready and svc-16 is ready by its exemption.
    let app: Express;
    beforeEach(async () => {
      const started = await startRouter();
      app = started.app;
      await exemptFromOwnerCheck(started.exemptionStore, 1, 2, 4, 16);
    });

    it.each([
      {
        what: 'what an approved exemption lets off',
        filter: 'exempted=true',
        paging: '&sort=entityRef&limit=1',
        totalCount: 2,
        totals: { passing: 1, exempted: 2, averageScore: 88 }, // 100 and 75
        exported: [1, 2],
        summary: { entities: 2, passing: 1, exempted: 2 },
      },
      {
        what: 'what is ready by an exemption',
        filter: 'exempted=true&passing=true',
        paging: '',
        totalCount: 1,
        totals: { passing: 1, exempted: 1, averageScore: 100 },
        exported: [1],
        summary: { entities: 1, passing: 1, exempted: 1 },
      },
    ])(
      'filters to $what, as the caller may read: a denied entity among them is neither shown nor counted',
      async ({ filter, paging, totalCount, totals, exported, summary }) => {
        const page: ReadinessResultsPage = (
          await request(app).get(`/results?${filter}${paging}`)
        ).body;
        expect(refs(page)).toEqual([refOf(1)]);
        expect(page.totalCount).toBe(totalCount);
        expect(page.totals).toEqual(totals);

        expect((await exportedRefs(app, filter)).sort()).toEqual(
          exported.map(refOf),
        );

        const summarized = await request(app).get(`/summary?${filter}`);
        expect(summarized.body.items).toEqual([
          expect.objectContaining(summary),
        ]);
      },
    );

    it('filters to what an exemption lets off that still fails', async () => {
      const stillFailing: ReadinessResultsPage = (
        await request(app).get('/results?exempted=true&failing=true')
      ).body;
      expect(refs(stillFailing)).toEqual([refOf(2)]);
    });

    it('counts what is ready by an exemption as passing, as the caller may read', async () => {
      const passing: ReadinessResultsPage = (
        await request(app).get('/results?passing=true&limit=500')
      ).body;
      expect([...refs(passing)].sort()).toEqual(
        READABLE.filter(i => i % 5 === 0 || i === 1).map(refOf),
      );
      expect(passing.totals.passing).toBe(passing.totalCount);
    });
  });

  it('searches only what the caller may read: a denied entity matching the search is neither shown nor counted', async () => {
    const { app } = await startRouter();
    // svc-10 to svc-19 match; svc-12 and svc-16 are denied.
    const matchingReadable = READABLE.filter(i => i >= 10 && i < 20);
    const page: ReadinessResultsPage = (
      await request(app).get('/results?q=SVC-1&limit=5&sort=entityRef')
    ).body;
    expect(page.totalCount).toBe(matchingReadable.length);
    expect(refs(page)).toEqual(matchingReadable.slice(0, 5).map(refOf));
    const all: ReadinessResultsPage = (
      await request(app).get('/results?q=svc-1&limit=500')
    ).body;
    expect([...refs(all)].sort()).toEqual(matchingReadable.map(refOf));

    expect((await exportedRefs(app, 'q=svc-1')).sort()).toEqual(
      matchingReadable.map(refOf),
    );
  });

  it('exports every readable row as CSV, not a page', async () => {
    const { app } = await startRouter();
    const csv = await request(app).get('/results/export.csv?limit=5');
    expect(csv.status).toBe(200);
    const lines = csv.text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1 + READABLE.length);
    for (const i of ALL.filter(isDenied)) {
      expect(csv.text).not.toContain(`${refOf(i)},`);
    }
  });
});

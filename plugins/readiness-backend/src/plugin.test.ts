import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  SignalPayload,
  signalsServiceRef,
} from '@backstage/plugin-signals-node';
import {
  BUILT_IN_CHECK_IDS,
  EntityReadiness,
} from '@stagecraft/plugin-readiness-common';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import request from 'supertest';
import { loadExampleCatalog } from '@internal/stagecraft-test-utils';
import { readinessPlugin } from './plugin';
import { registerMswWithLocalhost } from './__testUtils__/msw';

jest.setTimeout(60_000);

const entities = loadExampleCatalog();
const PD_TOKEN = 'pd-test-token-never-shown';
const API = 'https://api.pagerduty.com';
const msw = setupServer();
registerMswWithLocalhost(msw);

/** PagerDuty knows every service; P5WQ2ZR (the clickstream collector) times out. */
function mockPagerDuty() {
  msw.use(
    http.get(`${API}/services/:id`, async ({ params }) => {
      if (params.id === 'P5WQ2ZR') {
        await delay(2_000);
      }
      return HttpResponse.json({
        service: {
          id: params.id,
          name: `Service ${params.id}`,
          status: 'active',
          html_url: `https://acme.pagerduty.com/service-directory/${params.id}`,
          escalation_policy: { id: 'PPOL1' },
        },
      });
    }),
    http.get(`${API}/escalation_policies/:id`, () =>
      HttpResponse.json({
        escalation_policy: {
          id: 'PPOL1',
          name: 'Primary',
          escalation_rules: [
            { targets: [{ id: 'U1' }] },
            { targets: [{ id: 'U2' }] },
          ],
        },
      }),
    ),
  );
}

async function startBackend(
  options: {
    permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
    /** Receives what the plugin publishes to the browsers; the events bus's signals without it. */
    signalsSent?: SignalPayload[];
  } = {},
) {
  const { signalsSent } = options;
  return startTestBackend({
    features: [
      readinessPlugin,
      catalogServiceMock.factory({ entities }),
      // Requests without an Authorization header are unauthenticated, as in production.
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      mockServices.rootConfig.factory({
        data: {
          stagecraft: {
            readiness: {
              pagerduty: { token: PD_TOKEN, timeoutMs: 200 },
            },
          },
        },
      }),
      ...(options.permission
        ? [mockServices.permissions.factory({ result: options.permission })]
        : []),
      ...(signalsSent
        ? [
            createServiceFactory({
              service: signalsServiceRef,
              deps: {},
              factory: () => ({
                publish: async (signal: SignalPayload) => {
                  signalsSent.push(signal);
                },
              }),
            }),
          ]
        : []),
    ],
  });
}

const asUser = (req: request.Test) =>
  req.set('Authorization', mockCredentials.user.header());

describe('readiness backend routes', () => {
  it.each([
    ['get', '/api/readiness/checks'],
    ['get', '/api/readiness/results'],
    [
      'get',
      '/api/readiness/entities/component/default/event-processor/readiness',
    ],
    ['get', '/api/readiness/summary'],
    ['get', '/api/readiness/trend'],
    ['get', '/api/readiness/results/export.csv'],
    ['get', '/api/readiness/runs'],
    ['post', '/api/readiness/evaluate'],
    [
      'post',
      '/api/readiness/entities/component/default/event-processor/evaluate',
    ],
  ] as const)(
    'answers 401 to %s %s without credentials',
    async (method, path) => {
      const { server } = await startBackend();
      const res = await request(server)[method](path);
      expect(res.status).toBe(401);
    },
  );

  it('evaluates the catalog on demand and serves results, summaries, trend and CSV', async () => {
    mockPagerDuty();
    const signalsSent: SignalPayload[] = [];
    const { server } = await startBackend({ signalsSent });

    // POST /evaluate triggers the scheduled task; the test scheduler runs it before answering.
    const triggered = await asUser(
      request(server).post('/api/readiness/evaluate'),
    );
    expect(triggered.status).toBe(202);
    // Every open Readiness page is told that the run finished.
    expect(signalsSent).toEqual([
      {
        recipients: { type: 'broadcast' },
        channel: 'readiness:runs',
        message: expect.objectContaining({ status: 'succeeded' }),
      },
    ]);

    const results = await asUser(
      request(server).get('/api/readiness/results?limit=500'),
    );
    expect(results.status).toBe(200);
    expect(results.body.totalCount).toBe(results.body.items.length);
    const items: EntityReadiness[] = results.body.items;
    expect(items.length).toBeGreaterThan(40);
    const byRef = new Map(items.map(r => [r.entityRef, r]));
    const resultOf = (name: string) => byRef.get(`component:default/${name}`)!;
    const escalationOf = (name: string) =>
      resultOf(name).checks.find(c => c.checkId === 'escalation-policy');

    expect(resultOf('event-processor').status).toBe('pass');
    expect(escalationOf('event-processor')).toMatchObject({
      status: 'pass',
      verifiedWith: ['catalog', 'pagerduty'],
      details: {
        pagerdutyServiceUrl:
          'https://acme.pagerduty.com/service-directory/P7HD3MV',
      },
    });

    // One PagerDuty service timed out: recorded on that entity only.
    expect(resultOf('clickstream-collector').status).toBe('error');
    expect(escalationOf('clickstream-collector')).toMatchObject({
      status: 'error',
      reason: expect.stringMatching(/no answer within 200 ms/),
    });
    expect(resultOf('event-replayer').status).toBe('fail');
    expect(JSON.stringify(results.body)).not.toContain(PD_TOKEN);

    // The example catalog's expected peaks cannot be verified without the pipelines backend:
    // could not verify (error), never a fail.
    const peaks = [
      'event-data-pipeline',
      'notification-ingestion-pipeline',
      'reviews-api',
    ];
    for (const name of peaks) {
      expect(
        resultOf(name).checks.find(c => c.checkId === 'capacity'),
      ).toMatchObject({
        status: 'error',
        reason:
          'Capacity could not be verified: the pipelines backend answered HTTP 404.',
        verifiedWith: ['catalog', 'pipelines'],
      });
    }

    const one = await asUser(
      request(server).get(
        '/api/readiness/entities/component/default/event-replayer/readiness',
      ),
    );
    expect(one.status).toBe(200);
    expect(
      one.body.checks.find((c: any) => c.checkId === 'monitors').status,
    ).toBe('fail');

    const failing = await asUser(
      request(server).get('/api/readiness/results?failing=true&check=monitors'),
    );
    expect(
      failing.body.items.map((r: EntityReadiness) => r.entityRef).sort(),
    ).toEqual([
      'component:default/event-replayer',
      'resource:default/events-dlq',
      'resource:default/notification-whatsapp-queue',
      'resource:default/processed-events-stream',
      'resource:default/reco-file-paths-stream',
    ]);

    const summary = await asUser(
      request(server).get('/api/readiness/summary?groupBy=owner&failing=true'),
    );
    expect(summary.status).toBe(200);
    const dataPlatform = summary.body.items.find(
      (row: any) => row.key === 'group:default/data-platform-team',
    );
    expect(dataPlatform).toMatchObject({ failingChecks: { monitors: 3 } });

    const bySystem = await asUser(
      request(server).get('/api/readiness/summary?groupBy=system'),
    );
    expect(bySystem.body.items.map((row: any) => row.key)).toContain(
      'system:default/recommendations',
    );

    const trend = await asUser(
      request(server).get('/api/readiness/trend?days=7'),
    );
    expect(trend.body.items).toEqual([
      expect.objectContaining({
        day: new Date().toISOString().slice(0, 10),
        entities: items.length,
      }),
    ]);

    const csv = await asUser(
      request(server).get('/api/readiness/results/export.csv?failing=true'),
    );
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="readiness-results-${new Date()
        .toISOString()
        .slice(0, 10)}.csv"`,
    );
    expect(csv.text.split('\r\n')[0]).toMatch(/^entity_ref,title,kind,/);
    expect(csv.text).toContain('component:default/event-replayer');
    expect(csv.text).not.toContain('component:default/event-processor,');

    const runs = await asUser(request(server).get('/api/readiness/runs'));
    expect(runs.body.items).toEqual([
      expect.objectContaining({
        entities: items.length,
        errors: 1 + peaks.length,
      }),
    ]);
  });

  it('re-evaluates one entity on demand', async () => {
    mockPagerDuty();
    const { server } = await startBackend();
    const res = await asUser(
      request(server).post(
        '/api/readiness/entities/component/default/event-processor/evaluate',
      ),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      entityRef: 'component:default/event-processor',
      domain: 'domain:default/data-and-analytics',
      status: 'pass',
    });
    // its owner's on-call contact was looked up too (two hops)
    expect(
      res.body.checks.find((c: any) => c.checkId === 'oncall-contact').status,
    ).toBe('pass');

    const stored = await asUser(
      request(server).get(
        '/api/readiness/entities/component/default/event-processor/readiness',
      ),
    );
    expect(stored.body.evaluatedAt).toBe(res.body.evaluatedAt);
  });

  it('answers 404 for unknown entities or evaluating ones no check applies to, 204 for a result not stored yet, 400 for bad input', async () => {
    const { server } = await startBackend();
    const post = (path: string) =>
      asUser(request(server).post(`/api/readiness/entities/${path}/evaluate`));
    expect((await post('component/default/nope')).status).toBe(404);
    expect((await post('User/Default/Maria.Lopez')).body.error.message).toBe(
      'No readiness check applies to user:default/maria.lopez',
    );
    // A ref without a name names no route.
    expect((await post('component/default/')).status).toBe(404);
    expect(
      (
        await asUser(
          request(server).get(
            '/api/readiness/entities/component/default/nope/readiness',
          ),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await asUser(
          request(server).get(
            '/api/readiness/entities/user/default/maria.lopez/readiness',
          ),
        )
      ).status,
    ).toBe(204);
    expect(
      (
        await asUser(
          request(server).get('/api/readiness/summary?groupBy=colour'),
        )
      ).status,
    ).toBe(400);
    expect(
      (await asUser(request(server).get('/api/readiness/trend?days=0'))).status,
    ).toBe(400);
  });

  it('refuses on-demand evaluation without the evaluate permission', async () => {
    const { server } = await startBackend({ permission: AuthorizeResult.DENY });
    expect(
      (await asUser(request(server).post('/api/readiness/evaluate'))).status,
    ).toBe(403);
    expect(
      (await asUser(request(server).get('/api/readiness/results'))).status,
    ).toBe(200);
  });

  it('lists the configured checks', async () => {
    const { server } = await startBackend();
    const res = await asUser(request(server).get('/api/readiness/checks'));
    expect(res.body.items.map((c: any) => c.id)).toEqual(BUILT_IN_CHECK_IDS);
  });
});

import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { http, HttpResponse, delay } from 'msw';
import { mockOutsideHosts } from '../__testUtils__/msw';
import {
  PagerDutyNotConfiguredVerifier,
  PagerDutyVerifier,
} from './PagerDutyVerifier';
import {
  catalogCheckResult,
  productionComponent,
  verifyEntity,
} from '../__testUtils__/verifierInputs';

const API = 'https://api.pagerduty.com';
const TOKEN = 'pd-secret-token-value';
const server = mockOutsideHosts();

const component = (serviceId?: string): Entity =>
  productionComponent('lambda-function', {
    name: 'event-processor',
    annotations: serviceId ? { 'pagerduty.com/service-id': serviceId } : {},
  });

const escalationResult = (entity: Entity) =>
  catalogCheckResult(entity, 'escalation-policy');

const logger = mockServices.logger.mock();
const verifier = (options: { timeoutMs?: number; minLevels?: number } = {}) =>
  new PagerDutyVerifier(
    {
      token: TOKEN,
      baseUrl: API,
      timeoutMs: options.timeoutMs ?? 1000,
      minLevels: options.minLevels ?? 2,
    },
    logger,
  );

const verify = (v: PagerDutyVerifier, serviceId = 'P7HD3MV') =>
  verifyEntity(v, component(serviceId));

const rule = (targets = 1) => ({
  targets: Array.from({ length: targets }, () => ({ id: 'PUSER' })),
});

function mockPagerDuty(options: { levels?: number; status?: string } = {}) {
  const requests: Array<{
    path: string;
    authorization: string | null;
    accept: string | null;
  }> = [];
  server.use(
    http.get(`${API}/services/:id`, ({ params, request }) => {
      requests.push({
        path: new URL(request.url).pathname,
        authorization: request.headers.get('authorization'),
        accept: request.headers.get('accept'),
      });
      if (params.id !== 'P7HD3MV') {
        return HttpResponse.json(
          { error: { message: 'Not Found', code: 2100 } },
          { status: 404 },
        );
      }
      return HttpResponse.json({
        service: {
          id: 'P7HD3MV',
          name: 'Event processor',
          status: options.status ?? 'active',
          html_url: 'https://acme.pagerduty.com/service-directory/P7HD3MV',
          escalation_policy: {
            id: 'PPOL1',
            type: 'escalation_policy_reference',
          },
        },
      });
    }),
    http.get(`${API}/escalation_policies/:id`, ({ request }) => {
      requests.push({
        path: new URL(request.url).pathname,
        authorization: request.headers.get('authorization'),
        accept: request.headers.get('accept'),
      });
      return HttpResponse.json({
        escalation_policy: {
          id: 'PPOL1',
          name: 'Data Platform',
          html_url: 'https://acme.pagerduty.com/escalation_policies/PPOL1',
          escalation_rules: Array.from({ length: options.levels ?? 3 }, () =>
            rule(),
          ),
        },
      });
    }),
  );
  return requests;
}

describe('PagerDutyVerifier', () => {
  it('passes a service that exists and escalates through enough levels', async () => {
    const requests = mockPagerDuty({ levels: 3 });
    const result = await verify(verifier());
    expect(result).toMatchObject({
      status: 'pass',
      reason:
        'PagerDuty service "Event processor" (P7HD3MV) exists and escalates through "Data Platform" with 3 levels.',
      verifiedWith: ['catalog', 'pagerduty'],
      details: {
        pagerdutyServiceId: 'P7HD3MV',
        pagerdutyServiceUrl:
          'https://acme.pagerduty.com/service-directory/P7HD3MV',
        escalationPolicyName: 'Data Platform',
        escalationLevels: 3,
      },
    });
    expect(result.notes).toBeUndefined();
    expect(requests).toEqual([
      {
        path: '/services/P7HD3MV',
        authorization: `Token token=${TOKEN}`,
        accept: 'application/vnd.pagerduty+json;version=2',
      },
      {
        path: '/escalation_policies/PPOL1',
        authorization: `Token token=${TOKEN}`,
        accept: 'application/vnd.pagerduty+json;version=2',
      },
    ]);
  });

  it('fails a service that does not exist', async () => {
    mockPagerDuty();
    const result = await verify(verifier(), 'PNOPE12');
    expect(result).toMatchObject({
      status: 'fail',
      reason: 'PagerDuty service PNOPE12 does not exist.',
    });
  });

  it('fails a policy with fewer levels than required, counting only levels that page someone', async () => {
    mockPagerDuty({ levels: 1 });
    const result = await verify(verifier({ minLevels: 2 }));
    expect(result.status).toBe('fail');
    expect(result.reason).toBe(
      'PagerDuty service "Event processor" (P7HD3MV) escalates through "Data Platform" with 1 level; at least 2 are required so that a missed page reaches someone else.',
    );
  });

  it('fails a disabled service', async () => {
    mockPagerDuty({ status: 'disabled' });
    expect((await verify(verifier())).reason).toMatch(
      /is disabled, so nobody is paged/,
    );
  });

  it('records a timeout as could-not-verify, without the token', async () => {
    server.use(
      http.get(`${API}/services/:id`, async () => {
        await delay(500);
        return HttpResponse.json({});
      }),
    );
    const result = await verify(verifier({ timeoutMs: 50 }));
    expect(result.status).toBe('error');
    expect(result.reason).toBe(
      'The catalog names PagerDuty service P7HD3MV, but it could not be verified: PagerDuty could not be reached: no answer within 50 ms.',
    );
    expect(JSON.stringify(result)).not.toContain(TOKEN);
    for (const call of logger.warn.mock.calls) {
      expect(JSON.stringify(call)).not.toContain(TOKEN);
    }
  });

  it('explains a rejected token', async () => {
    server.use(
      http.get(
        `${API}/services/:id`,
        () => new HttpResponse(null, { status: 401 }),
      ),
    );
    const result = await verify(verifier());
    expect(result.status).toBe('error');
    expect(result.reason).toMatch(
      /PagerDuty rejected the API token \(HTTP 401\)/,
    );
  });

  it('looks each service up once per run', async () => {
    const requests = mockPagerDuty();
    const run = await verifier().startRun();
    const entity = component('P7HD3MV');
    await Promise.all(
      [1, 2, 3].map(() => run(entity, escalationResult(entity))),
    );
    expect(requests.map(r => r.path)).toEqual([
      '/services/P7HD3MV',
      '/escalation_policies/PPOL1',
    ]);
  });

  it('leaves failing and Opsgenie-only results alone', async () => {
    const run = await verifier().startRun();
    const failing = escalationResult(component());
    expect(await run(component(), failing)).toBe(failing);
  });
});

describe('PagerDutyNotConfiguredVerifier', () => {
  it('says that the service was checked from YAML only, and why', async () => {
    const run = await new PagerDutyNotConfiguredVerifier().startRun();
    const entity = component('P7HD3MV');
    const result = await run(entity, escalationResult(entity));
    expect(result.status).toBe('pass');
    expect(result.notes).toEqual([
      'PagerDuty API access is not configured (stagecraft.readiness.pagerduty.token), so the service was checked from catalog YAML only.',
    ]);
  });
});

describe('PagerDutyVerifier when the run is abandoned', () => {
  it('aborts the outstanding PagerDuty request at once', async () => {
    let aborted = false;
    server.use(
      http.get(`${API}/services/:id`, async ({ request }) => {
        request.signal.addEventListener('abort', () => {
          aborted = true;
        });
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const run = new AbortController();
    const entity = component('P7HD3MV');
    const started = Date.now();
    const pending = (
      await verifier({ timeoutMs: 60_000 }).startRun([entity], run.signal)
    )(entity, escalationResult(entity));
    setTimeout(() => run.abort(), 20);

    const result = await pending;
    expect(result.status).toBe('error');
    expect(result.reason).toContain('could not be verified');
    expect(aborted).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

import { json, refused } from '../__testUtils__/responses';
import { ReadinessClient } from './ReadinessClient';

function client(respond: (url: string, init?: RequestInit) => Response) {
  const calls: Array<{ url: string; init?: RequestInit }> = [];
  const readiness = new ReadinessClient({
    discoveryApi: { getBaseUrl: async () => 'http://backend/api/readiness' },
    fetchApi: {
      fetch: async (input: any, init?: RequestInit) => {
        calls.push({ url: String(input), init });
        return respond(String(input), init);
      },
    },
  });
  return { readiness, calls };
}

describe('ReadinessClient', () => {
  it('builds query strings from filters', async () => {
    const { readiness, calls } = client(() => json({ items: [] }));
    await readiness.getResultsPage({
      owner: 'group:default/a b',
      failingOnly: true,
      checkId: 'runbook',
    });
    await readiness.getSummary('system', {});
    await readiness.getTrend({ days: 30, domain: 'domain:default/d' });
    expect(calls.map(c => c.url)).toEqual([
      'http://backend/api/readiness/results?owner=group%3Adefault%2Fa+b&check=runbook&failing=true',
      'http://backend/api/readiness/summary?groupBy=system',
      'http://backend/api/readiness/trend?domain=domain%3Adefault%2Fd&days=30',
    ]);
  });

  it('sends the search as q to the results, their CSV, the summary and the trend', async () => {
    const { readiness, calls } = client(url =>
      url.includes('export.csv')
        ? new Response('entityRef\r\n')
        : json({ items: [], offset: 0, limit: 25, totalCount: 0 }),
    );
    await readiness.getResultsPage({ search: 'orders api', offset: 25 });
    await readiness.exportCsv({ search: 'orders' });
    await readiness.getSummary('owner', { search: 'orders' });
    await readiness.getTrend({ days: 7, search: 'orders' });
    expect(calls.map(c => c.url)).toEqual([
      'http://backend/api/readiness/results?q=orders+api&offset=25',
      'http://backend/api/readiness/results/export.csv?q=orders',
      'http://backend/api/readiness/summary?groupBy=owner&q=orders',
      'http://backend/api/readiness/trend?q=orders&days=7',
    ]);
  });

  it('reads one entity by its lower-case ref and maps 404 to undefined', async () => {
    const { readiness, calls } = client(() =>
      refused('NotFoundError', 'nope', 404),
    );
    const ref = {
      kind: 'Component',
      namespace: 'default',
      name: 'Event-Processor',
    };
    expect(await readiness.getEntityResult(ref)).toBeUndefined();
    expect(calls[0].url).toBe(
      'http://backend/api/readiness/entities/component/default/event-processor/readiness',
    );
    expect(await readiness.evaluateEntity(ref)).toBeUndefined();
    expect(calls[1]).toEqual({
      url: 'http://backend/api/readiness/entities/component/default/event-processor/evaluate',
      init: { method: 'POST' },
    });
  });

  it('maps 204 (not evaluated yet) to undefined', async () => {
    const { readiness } = client(() => new Response(null, { status: 204 }));
    expect(
      await readiness.getEntityResult({
        kind: 'Component',
        namespace: 'default',
        name: 'event-processor',
      }),
    ).toBeUndefined();
  });

  it('rejects other errors with the status', async () => {
    const { readiness } = client(() =>
      refused('NotAllowedError', 'Not allowed to evaluate readiness', 403),
    );
    await expect(readiness.evaluateAll()).rejects.toMatchObject({
      response: { status: 403 },
    });
  });

  it('calls each exemption route with its method and body', async () => {
    const exemption = { id: 'ex 1', state: 'requested' };
    const { readiness, calls } = client((url, init) => {
      if (url.includes('?') || url.includes('/entities/'))
        return json({ items: [exemption] });
      if (init?.method === 'POST') return json(exemption, 201);
      return json({ ...exemption, events: [] });
    });
    const input = {
      entityRef: 'component:default/orders-api',
      checkId: 'load-test',
      reason: 'Load test booked for January',
      expiresAt: '2027-01-31T00:00:00.000Z',
    };

    expect(
      await readiness.listExemptions({
        state: 'approved',
        checkId: 'load-test',
      }),
    ).toEqual([exemption]);
    expect(await readiness.getExemption('ex 1')).toEqual({
      ...exemption,
      events: [],
    });
    expect(
      await readiness.getEntityExemptions({
        kind: 'Component',
        namespace: 'default',
        name: 'Orders-API',
      }),
    ).toEqual([exemption]);
    expect(await readiness.requestExemption(input)).toEqual(exemption);
    await readiness.approveExemption('ex 1', { comment: 'Fine until then' });
    await readiness.denyExemption('ex 1');
    await readiness.withdrawExemption('ex 1');

    expect(
      calls.map(c => [c.init?.method ?? 'GET', c.url, c.init?.body]),
    ).toEqual([
      [
        'GET',
        'http://backend/api/readiness/exemptions?state=approved&checkId=load-test',
        undefined,
      ],
      ['GET', 'http://backend/api/readiness/exemptions/ex%201', undefined],
      [
        'GET',
        'http://backend/api/readiness/entities/component/default/orders-api/exemptions',
        undefined,
      ],
      [
        'POST',
        'http://backend/api/readiness/exemptions',
        JSON.stringify(input),
      ],
      [
        'POST',
        'http://backend/api/readiness/exemptions/ex%201/approve',
        JSON.stringify({ comment: 'Fine until then' }),
      ],
      ['POST', 'http://backend/api/readiness/exemptions/ex%201/deny', '{}'],
      ['POST', 'http://backend/api/readiness/exemptions/ex%201/withdraw', '{}'],
    ]);
  });

  it("rejects a refused exemption request with the backend's message", async () => {
    const { readiness } = client(() =>
      refused(
        'InputError',
        'Exemption field expiresAt is more than 90 days ahead',
        400,
      ),
    );
    await expect(
      readiness.requestExemption({
        entityRef: 'component:default/orders-api',
        checkId: 'load-test',
        reason: 'Later',
        expiresAt: '2030-01-01T00:00:00.000Z',
      }),
    ).rejects.toMatchObject({
      response: { status: 400 },
      body: {
        error: {
          message: 'Exemption field expiresAt is more than 90 days ahead',
        },
      },
    });
  });
});

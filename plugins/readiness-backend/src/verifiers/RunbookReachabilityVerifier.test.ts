import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { delay, http, HttpResponse } from 'msw';
import { RunbookReachabilityVerifier } from './RunbookReachabilityVerifier';
import { mockOutsideHosts } from '../__testUtils__/msw';
import {
  catalogCheckResult,
  productionComponent,
  verifyEntity,
} from '../__testUtils__/verifierInputs';

const server = mockOutsideHosts();

const withRunbooks = (...urls: string[]): Entity =>
  productionComponent('service', {
    name: 'api',
    links: urls.map(url => ({ url, type: 'runbook' })),
  });

const runbookResult = (entity: Entity) => catalogCheckResult(entity, 'runbook');

const verifier = (timeoutMs = 1000) =>
  new RunbookReachabilityVerifier(
    { allowedHosts: ['wiki.example.com'], timeoutMs },
    mockServices.logger.mock(),
  );

const verify = (entity: Entity, v = verifier()) => verifyEntity(v, entity);

/** Records every request msw sees, so tests can prove which hosts were contacted. */
function wiki(statusByPath: Record<string, number>) {
  const seen: string[] = [];
  server.use(
    http.all('https://wiki.example.com/*', ({ request }) => {
      const path = new URL(request.url).pathname;
      seen.push(`${request.method} ${path}`);
      return new HttpResponse(null, { status: statusByPath[path] ?? 200 });
    }),
  );
  return seen;
}

describe('RunbookReachabilityVerifier', () => {
  it('passes a reachable runbook on an allow-listed host', async () => {
    const seen = wiki({});
    const result = await verify(
      withRunbooks('https://wiki.example.com/rb/api'),
    );
    expect(result).toMatchObject({
      status: 'pass',
      verifiedWith: ['catalog', 'http'],
      reason:
        'Runbook linked: https://wiki.example.com/rb/api. Reachable: https://wiki.example.com/rb/api.',
    });
    expect(seen).toEqual(['HEAD /rb/api']);
  });

  it('fails a dead runbook link', async () => {
    wiki({ '/rb/gone': 404 });
    const result = await verify(
      withRunbooks('https://wiki.example.com/rb/gone'),
    );
    expect(result).toMatchObject({
      status: 'fail',
      reason:
        'Runbook link is dead: https://wiki.example.com/rb/gone answers HTTP 404.',
    });
  });

  it('falls back to GET when HEAD is not allowed, and accepts a sign-in wall', async () => {
    const seen: string[] = [];
    server.use(
      http.head('https://wiki.example.com/*', () => {
        seen.push('HEAD');
        return new HttpResponse(null, { status: 405 });
      }),
      http.get('https://wiki.example.com/*', () => {
        seen.push('GET');
        return new HttpResponse('sign in', { status: 401 });
      }),
    );
    const result = await verify(
      withRunbooks('https://wiki.example.com/rb/api'),
    );
    expect(result.status).toBe('pass');
    expect(seen).toEqual(['HEAD', 'GET']);
  });

  it('does not follow redirects', async () => {
    const seen = wiki({});
    server.use(
      http.head(
        'https://wiki.example.com/moved',
        () =>
          new HttpResponse(null, {
            status: 302,
            headers: { Location: 'https://evil.example.net/x' },
          }),
      ),
    );
    const result = await verify(withRunbooks('https://wiki.example.com/moved'));
    expect(result.status).toBe('pass');
    expect(seen).toEqual([]); // the redirect target was never requested
  });

  it('never contacts a host that is not allow-listed', async () => {
    const seen = wiki({});
    // msw errors on any request without a handler, so a request to another host would fail the run
    const result = await verify(
      withRunbooks(
        'https://docs.other.example.org/rb',
        'https://wiki.example.com:8443/rb',
        'https://wiki.example.com.evil.example.net/rb',
      ),
    );
    expect(seen).toEqual([]);
    expect(result.status).toBe('pass');
    expect(result.verifiedWith).toEqual(['catalog']);
    expect(result.notes?.[0]).toMatch(
      /^Reachability not checked for https:\/\/docs\.other\.example\.org\/rb, .*the host is not in stagecraft\.readiness\.checks\.runbook\.reachability\.allowedHosts\.$/,
    );
  });

  it('records a timeout as could-not-verify rather than a failure', async () => {
    server.use(
      http.head('https://wiki.example.com/*', async () => {
        await delay(500);
        return new HttpResponse(null, { status: 200 });
      }),
    );
    const result = await verify(
      withRunbooks('https://wiki.example.com/slow'),
      verifier(50),
    );
    expect(result.status).toBe('error');
    expect(result.reason).toBe(
      'The runbook could not be reached: https://wiki.example.com/slow (no answer within 50 ms).',
    );
  });

  it('checks each URL once per run', async () => {
    const seen = wiki({});
    const run = await verifier().startRun();
    const entity = withRunbooks('https://wiki.example.com/shared');
    await Promise.all([
      run(entity, runbookResult(entity)),
      run(entity, runbookResult(entity)),
    ]);
    expect(seen).toEqual(['HEAD /shared']);
  });

  it('leaves a failing catalog result alone', async () => {
    const seen = wiki({});
    const entity = withRunbooks('http://wiki.example.com/insecure');
    const catalogResult = runbookResult(entity);
    const run = await verifier().startRun();
    expect(await run(entity, catalogResult)).toBe(catalogResult);
    expect(seen).toEqual([]);
  });
});

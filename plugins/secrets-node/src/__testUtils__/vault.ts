import { HttpResponse, http } from 'msw';
import { SetupServer } from 'msw/node';

export const VAULT = 'https://vault.test:8200';

/** Starts msw for the test file; a request without a handler fails the test. */
export function registerMsw(server: SetupServer) {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

/**
 * A KV v2 engine at `${VAULT}/v1/<mount>` holding `secrets` (path to metadata), that
 * answers LIST on metadata folders and GET on metadata paths, as Vault does, and
 * records every request (method, path and query, token).
 */
export function kvEngine(
  mount: string,
  secrets: Record<string, object>,
  options: { delayMs?: number } = {},
) {
  const requests: Array<{ url: string; token: string | null }> = [];
  let running = 0;
  let peak = 0;
  const prefix = `/v1/${mount}/metadata/`;
  const handler = http.get(`${VAULT}/v1/*`, async ({ request }) => {
    const url = new URL(request.url);
    requests.push({
      url: `${url.pathname}${url.search}`,
      token: request.headers.get('x-vault-token'),
    });
    running += 1;
    peak = Math.max(peak, running);
    await new Promise(resolve => setTimeout(resolve, options.delayMs ?? 0));
    running -= 1;
    if (!url.pathname.startsWith(prefix)) {
      return HttpResponse.json(
        { errors: ['permission denied'] },
        { status: 403 },
      );
    }
    const path = decodeURIComponent(url.pathname.slice(prefix.length));
    if (url.searchParams.get('list') === 'true') {
      const keys = new Set<string>();
      for (const name of Object.keys(secrets)) {
        if (!name.startsWith(path)) continue;
        const rest = name.slice(path.length);
        const slash = rest.indexOf('/');
        keys.add(slash === -1 ? rest : rest.slice(0, slash + 1));
      }
      return keys.size
        ? HttpResponse.json({ data: { keys: [...keys].sort() } })
        : HttpResponse.json({ errors: [] }, { status: 404 });
    }
    const metadata = secrets[path];
    return metadata
      ? HttpResponse.json({ data: metadata })
      : HttpResponse.json({ errors: [] }, { status: 404 });
  });
  return { handler, requests, peak: () => peak };
}

import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import {
  expectMetadataOnly,
  listingFailure,
  storeEntity,
} from '../__testUtils__/stores';
import { VAULT, kvEngine, registerMsw } from '../__testUtils__/vault';
import { VaultKvReader } from './VaultKvReader';

const server = setupServer();
registerMsw(server);

// Built here so that no token sits in the source.
const token = `hvs.${'CAESIJ1x2y3z'.repeat(2)}`;
const tokenLike = `ghp_${'A1b2C3d4E5f6'.repeat(3)}`;
const store = storeEntity('hashicorp-vault-prod', {
  'stagecraft.io/store-provider': 'hashicorp-vault',
  'stagecraft.io/store-vault-address': VAULT,
  'stagecraft.io/store-vault-mount': 'kv',
});

function reader(
  options: { callTimeoutMs?: number; concurrency?: number } = {},
) {
  return new VaultKvReader({ token, ...options });
}

const version = (created: string, more: object = {}) => ({
  created_time: created,
  deletion_time: '',
  destroyed: false,
  ...more,
});

describe('VaultKvReader', () => {
  it('lists the metadata folders recursively and reads each secret’s metadata', async () => {
    const engine = kvEngine('kv', {
      'prod/platform/stagecraft/pagerduty': {
        created_time: '2024-01-10T08:00:00.123456789Z',
        updated_time: '2025-05-01T00:00:00Z',
        current_version: 3,
        max_versions: 0,
        custom_metadata: { owner: 'platform-team', note: tokenLike },
        versions: {
          '2': version('2024-06-01T00:00:00Z'),
          '3': version('2025-04-30T12:00:00Z'),
        },
      },
      'prod/recommendations/model-hub': {
        created_time: '2023-02-01T00:00:00Z',
        updated_time: '2023-02-01T00:00:00Z',
        current_version: 1,
        custom_metadata: null,
        versions: {
          '1': version('2023-02-01T00:00:00Z', {
            deletion_time: '2024-01-01T00:00:00Z',
          }),
        },
      },
      'prod/security/scanner': {
        created_time: '2022-01-01T00:00:00Z',
        current_version: 2,
        versions: {
          '1': version('2022-01-01T00:00:00Z'),
          '2': version('2022-03-01T00:00:00Z', {
            deletion_time: '2022-04-01T00:00:00Z',
            destroyed: true,
          }),
        },
      },
      'staging-token': {
        created_time: '2025-01-01T00:00:00Z',
        current_version: 1,
        versions: {
          '1': version('2025-01-01T00:00:00Z', {
            deletion_time: '2999-01-01T00:00:00Z',
          }),
        },
      },
    });
    server.use(engine.handler);

    const items = await reader().listItems(store);

    expect(items).toEqual([
      {
        name: 'kv/prod/platform/stagecraft/pagerduty',
        id: 'kv/metadata/prod/platform/stagecraft/pagerduty',
        kind: 'secret',
        createdAt: '2024-01-10T08:00:00.123Z',
        lastChanged: '2025-04-30T12:00:00.000Z',
        tags: { owner: 'platform-team' },
      },
      {
        name: 'kv/prod/recommendations/model-hub',
        id: 'kv/metadata/prod/recommendations/model-hub',
        kind: 'secret',
        createdAt: '2023-02-01T00:00:00.000Z',
        lastChanged: '2023-02-01T00:00:00.000Z',
        deletedAt: '2024-01-01T00:00:00.000Z',
        state: 'deleted',
      },
      {
        name: 'kv/prod/security/scanner',
        id: 'kv/metadata/prod/security/scanner',
        kind: 'secret',
        createdAt: '2022-01-01T00:00:00.000Z',
        lastChanged: '2022-03-01T00:00:00.000Z',
        deletedAt: '2022-04-01T00:00:00.000Z',
        state: 'destroyed',
      },
      {
        name: 'kv/staging-token',
        id: 'kv/metadata/staging-token',
        kind: 'secret',
        createdAt: '2025-01-01T00:00:00.000Z',
        lastChanged: '2025-01-01T00:00:00.000Z',
        deletedAt: '2999-01-01T00:00:00.000Z',
      },
    ]);
    expectMetadataOnly(items);
    const urls = engine.requests.map(r => r.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        '/v1/kv/metadata/?list=true',
        '/v1/kv/metadata/prod/?list=true',
        '/v1/kv/metadata/prod/platform/?list=true',
        '/v1/kv/metadata/prod/platform/stagecraft/?list=true',
        '/v1/kv/metadata/prod/platform/stagecraft/pagerduty',
        '/v1/kv/metadata/staging-token',
      ]),
    );
    expect(urls).toHaveLength(10);
    expect(urls.every(url => url.startsWith('/v1/kv/metadata/'))).toBe(true);
    expect(engine.requests.every(r => r.token === token)).toBe(true);
  });

  it('runs at most the given number of calls at once', async () => {
    const secrets = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [
        `team-${i % 3}/secret-${i}`,
        { created_time: '2025-01-01T00:00:00Z' },
      ]),
    );
    const engine = kvEngine('kv', secrets, { delayMs: 5 });
    server.use(engine.handler);

    const items = await reader({ concurrency: 3 }).listItems(store);

    expect(items).toHaveLength(12);
    expect(engine.peak()).toBe(3);
  });

  it('reads an empty mount as empty, and leaves out a secret deleted mid-listing', async () => {
    server.use(kvEngine('kv', {}).handler);
    expect(await reader().listItems(store)).toEqual([]);

    server.use(
      http.get(`${VAULT}/v1/kv/metadata/gone`, () =>
        HttpResponse.json({ errors: [] }, { status: 404 }),
      ),
      http.get(`${VAULT}/v1/kv/metadata/`, () =>
        HttpResponse.json({ data: { keys: ['gone', 'kept'] } }),
      ),
      http.get(`${VAULT}/v1/kv/metadata/kept`, () =>
        HttpResponse.json({ data: { created_time: '2025-01-01T00:00:00Z' } }),
      ),
    );
    const items = await reader().listItems(store);
    expect(items.map(i => i.name)).toEqual(['kv/kept']);
  });

  it('surfaces access denied and throttling as typed errors, without the token', async () => {
    server.use(
      http.get(`${VAULT}/v1/kv/metadata/`, () =>
        HttpResponse.json({ errors: ['permission denied'] }, { status: 403 }),
      ),
    );
    let error = await listingFailure(reader(), store);
    expect(error.kind).toBe('access-denied');
    expect(error.operation).toBe('vault:list metadata');
    expect(error.message).toContain('permission denied');
    expect(error.message).toContain(`${VAULT}, mount kv`);
    expect(error.message).not.toContain(token);
    expect(JSON.stringify(reader())).not.toContain(token);

    server.use(
      http.get(`${VAULT}/v1/kv/metadata/`, () =>
        HttpResponse.json(
          { errors: ['request path "kv/metadata": rate limit quota exceeded'] },
          { status: 429 },
        ),
      ),
    );
    error = await listingFailure(reader(), store);
    expect(error.kind).toBe('throttled');
  });

  it('cuts a hanging call at the timeout', async () => {
    server.use(
      http.get(`${VAULT}/v1/kv/metadata/`, () => new Promise(() => {})),
    );
    const started = Date.now();
    const error = await listingFailure(reader({ callTimeoutMs: 50 }), store);
    expect(error.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stops when the caller aborts', async () => {
    server.use(
      http.get(`${VAULT}/v1/kv/metadata/`, () => new Promise(() => {})),
    );
    const controller = new AbortController();
    const listing = listingFailure(reader(), store, controller.signal);
    controller.abort();
    expect((await listing).kind).toBe('aborted');
  });

  it('says a store without an address or mount is not configured, and asks nothing', async () => {
    const engine = kvEngine('kv', {});
    server.use(engine.handler);
    const bare = storeEntity('vault-staging', {
      'stagecraft.io/store-vault-address': VAULT,
    });
    const error = await listingFailure(reader(), bare);
    expect(error.kind).toBe('not-configured');
    expect(engine.requests).toEqual([]);
  });

  it('uses the configured address and mount of a store without annotations', async () => {
    const engine = kvEngine('teams/kv', {
      'reviews/api-key': { created_time: '2025-01-01T00:00:00Z' },
    });
    server.use(engine.handler);
    const r = new VaultKvReader({
      token,
      defaultAddress: `${VAULT}/`,
      defaultMount: '/teams/kv/',
    });

    const items = await r.listItems(storeEntity('vault', {}));

    expect(items.map(i => i.name)).toEqual(['teams/kv/reviews/api-key']);
  });
});

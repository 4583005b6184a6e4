import http from 'http';
import { AddressInfo } from 'net';

/** One listing of a KV v2 engine's top folder: the start of one reconciliation of the store. */
export interface VaultStoreRead {
  /** The `X-Vault-Token` sent: each replica has its own, so this says which replica read. */
  token: string;
  at: number;
}

/**
 * A HashiCorp Vault KV v2 engine on loopback holding `secrets` (their paths), for
 * backend processes. It answers the calls the secrets backend's Vault reader makes (LIST and
 * GET on `/v1/<mount>/metadata/...`) and records every listing of the engine's top folder,
 * which each reconciliation of the store starts with.
 */
export class FakeVault {
  readonly storeReads: VaultStoreRead[] = [];

  private readonly server: http.Server;
  /** Where the fake listens (`stagecraft.secrets.stores.vault.address`). */
  url = '';

  private constructor(mount: string, secrets: string[]) {
    const prefix = `/v1/${mount}/metadata/`;
    this.server = http.createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://vault');
      const token = String(request.headers['x-vault-token'] ?? '');
      const json = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (!token || !url.pathname.startsWith(prefix)) {
        json(403, { errors: ['permission denied'] });
        return;
      }
      const path = decodeURIComponent(url.pathname.slice(prefix.length));
      if (url.searchParams.get('list') === 'true') {
        if (path === '') this.storeReads.push({ token, at: Date.now() });
        const keys = new Set<string>();
        for (const name of secrets) {
          if (!name.startsWith(path)) continue;
          const rest = name.slice(path.length);
          const slash = rest.indexOf('/');
          keys.add(slash === -1 ? rest : rest.slice(0, slash + 1));
        }
        if (keys.size === 0) json(404, { errors: [] });
        else json(200, { data: { keys: [...keys].sort() } });
        return;
      }
      if (!secrets.includes(path)) {
        json(404, { errors: [] });
        return;
      }
      json(200, {
        data: {
          created_time: '2026-11-01T00:00:00Z',
          updated_time: '2026-11-01T00:00:00Z',
          current_version: 1,
          versions: { '1': { created_time: '2026-11-01T00:00:00Z' } },
          custom_metadata: null,
        },
      });
    });
  }

  static async start(mount: string, secrets: string[]): Promise<FakeVault> {
    const fake = new FakeVault(mount, secrets);
    await new Promise<void>(resolve =>
      fake.server.listen(0, '127.0.0.1', () => resolve()),
    );
    const { port } = fake.server.address() as AddressInfo;
    fake.url = `http://127.0.0.1:${port}`;
    return fake;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>(resolve => this.server.close(() => resolve()));
  }
}

import { mockServices } from '@backstage/backend-test-utils';
import { setupServer } from 'msw/node';
import { storeEntity } from '../__testUtils__/stores';
import { VAULT, kvEngine, registerMsw } from '../__testUtils__/vault';
import { createVaultSecretStoreReader } from './createVaultSecretStoreReader';

const server = setupServer();
registerMsw(server);

const token = `hvs.${'T0k3n'.repeat(4)}`;

describe('createVaultSecretStoreReader', () => {
  it('gives no reader when stagecraft.secrets.stores.vault is not configured', () => {
    const config = mockServices.rootConfig({ data: {} });
    expect(createVaultSecretStoreReader({ config })).toBeUndefined();
  });

  it('builds a reader with the configured token, address and mount', async () => {
    const engine = kvEngine('kv', {
      'prod/a': { created_time: '2025-01-01T00:00:00Z' },
    });
    server.use(engine.handler);
    const config = mockServices.rootConfig({
      data: {
        stagecraft: {
          secrets: {
            stores: { vault: { token, address: VAULT, mount: 'kv' } },
          },
        },
      },
    });

    const reader = createVaultSecretStoreReader({ config })!;
    const items = await reader.listItems(storeEntity('vault-prod', {}));

    expect(reader.provider).toBe('hashicorp-vault');
    expect(items.map(i => i.name)).toEqual(['kv/prod/a']);
    expect(engine.requests.map(r => r.token)).toEqual([token, token, token]);
  });

  it('needs a token', () => {
    const config = mockServices.rootConfig({
      data: {
        stagecraft: { secrets: { stores: { vault: { address: VAULT } } } },
      },
    });
    expect(() => createVaultSecretStoreReader({ config })).toThrow(/token/);
  });
});

import { createBackendModule } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  SecretStoreReader,
  secretStoreReadersExtensionPoint,
} from '@stagecraft/plugin-secrets-node';
import { secretsPlugin } from '../plugin';

// Starting a backend with the plugin's migrations takes seconds on a busy CI machine.
jest.setTimeout(60_000);

const reader = (provider: string): SecretStoreReader => ({
  provider,
  listItems: async () => [],
});

const readerModule = (moduleId: string, provider: string) =>
  createBackendModule({
    pluginId: 'secrets',
    moduleId,
    register(env) {
      env.registerInit({
        deps: { readers: secretStoreReadersExtensionPoint },
        async init({ readers }) {
          readers.addReader(reader(provider));
        },
      });
    },
  });

const start = (...modules: ReturnType<typeof readerModule>[]) =>
  startTestBackend({
    features: [
      secretsPlugin,
      catalogServiceMock.factory(),
      mockServices.rootConfig.factory({ data: {} }),
      ...modules,
    ],
  });

describe('secretStoreReadersExtensionPoint on the secrets backend', () => {
  it('takes the readers of modules', async () => {
    const backend = await start(
      readerModule('company-vault', 'hashicorp-vault'),
      readerModule('company-1password', '1password'),
    );
    // The same two modules with one provider fail the start (below): these were added.
    expect(backend.server).toBeDefined();
    await backend.stop();
  });

  it('fails the start when two modules read the same provider', async () => {
    await expect(
      start(
        readerModule('one', 'hashicorp-vault'),
        readerModule('two', 'hashicorp-vault'),
      ),
    ).rejects.toThrow(
      /Two secret store readers for the provider 'hashicorp-vault'/,
    );
  });
});

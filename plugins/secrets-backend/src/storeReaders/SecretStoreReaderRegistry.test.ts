import type { SecretStoreReader } from '@stagecraft/plugin-secrets-node';
import { SecretStoreReaderRegistry } from './SecretStoreReaderRegistry';

const reader = (provider: string, simulated = false): SecretStoreReader => ({
  provider,
  simulated,
  listItems: async () => [],
});

describe('SecretStoreReaderRegistry', () => {
  it('keeps one reader per provider', () => {
    const registry = new SecretStoreReaderRegistry();
    const sm = reader('aws-secrets-manager');
    registry.add(sm);
    registry.add(reader('aws-kms', true));

    expect(registry.readerFor('aws-secrets-manager')).toBe(sm);
    expect(registry.readerFor('hashicorp-vault')).toBeUndefined();
    expect(registry.describe()).toEqual([
      'aws-secrets-manager',
      'aws-kms (simulated)',
    ]);
  });

  it("keeps a module's reader over a built-in default for the same provider", () => {
    const registry = new SecretStoreReaderRegistry();
    const fromModule = reader('hashicorp-vault');
    registry.add(fromModule);
    registry.addDefault(reader('hashicorp-vault'));
    const builtIn = reader('aws-kms');
    registry.addDefault(builtIn);
    expect(registry.readerFor('hashicorp-vault')).toBe(fromModule);
    expect(registry.readerFor('aws-kms')).toBe(builtIn);
  });

  it('refuses a second reader for a provider, and one without a provider', () => {
    const registry = new SecretStoreReaderRegistry();
    registry.add(reader('aws-kms'));
    expect(() => registry.add(reader('aws-kms'))).toThrow(
      /Two secret store readers/,
    );
    expect(() => registry.add(reader(' '))).toThrow(/must name its provider/);
  });

  it("simulates real store providers without a reader from the run's entities, and never a laptop", async () => {
    const registry = new SecretStoreReaderRegistry();
    const store = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: { name: 'vault-prod', namespace: 'default' },
      spec: { type: 'secret-store' },
    };
    const secret = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'orders-db',
        namespace: 'default',
        annotations: { 'stagecraft.io/secret-path': 'kv/prod/orders-db' },
      },
      spec: { type: 'secret', dependsOn: ['resource:default/vault-prod'] },
    };
    const simulated = registry.readerOrSimulated('hashicorp-vault', [
      store,
      secret,
    ])!;
    expect(simulated.simulated).toBe(true);
    const names = (await simulated.listItems(store)).map(item => item.name);
    expect(names).toContain('kv/prod/orders-db');
    expect(registry.readerOrSimulated('team-laptops', [])).toBeUndefined();
    const real = reader('hashicorp-vault');
    registry.add(real);
    expect(registry.readerOrSimulated('hashicorp-vault', [])).toBe(real);
  });
});

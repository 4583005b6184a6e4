import { Entity } from '@backstage/catalog-model';
import {
  SecretStoreReader,
  SimulatedSecretStoreReader,
} from '@stagecraft/plugin-secrets-node';
import { secretEntitiesOfStore } from '../drift/catalogSecrets';

/** Real stores Stagecraft has readers for; laptops or spreadsheets are never simulated. */
const SIMULATED_PROVIDERS = [
  'aws-secrets-manager',
  'aws-ssm-parameter-store',
  'aws-acm',
  'aws-kms',
  'hashicorp-vault',
];

/**
 * The secret store readers that modules added through
 * `secretStoreReadersExtensionPoint`, one per store provider, kept for reconciliation.
 */
export class SecretStoreReaderRegistry {
  private readonly readers = new Map<string, SecretStoreReader>();

  add(reader: SecretStoreReader): void {
    const provider = reader.provider?.trim();
    if (!provider) {
      throw new Error('A secret store reader must name its provider');
    }
    if (this.readers.has(provider)) {
      throw new Error(
        `Two secret store readers for the provider '${provider}': add one per provider`,
      );
    }
    this.readers.set(provider, reader);
  }

  /** Adds a built-in reader for its provider unless a module added one: modules win. */
  addDefault(reader: SecretStoreReader): void {
    if (!this.readers.has(reader.provider))
      this.readers.set(reader.provider, reader);
  }

  /** The reader of a store provider (`stagecraft.io/store-provider`), if one was added. */
  readerFor(provider: string): SecretStoreReader | undefined {
    return this.readers.get(provider);
  }

  /**
   * The reader of a provider, else a simulated stand-in (labelled `simulated`) built from
   * the catalog secrets of the store in the run's `entities`, so that a portal without
   * store access still shows what reconciliation finds.
   */
  readerOrSimulated(
    provider: string,
    entities: Entity[],
  ): SecretStoreReader | undefined {
    const reader = this.readerFor(provider);
    if (reader) return reader;
    if (!SIMULATED_PROVIDERS.includes(provider)) return undefined;
    return new SimulatedSecretStoreReader({
      provider,
      catalogSecrets: async (store: Entity) =>
        secretEntitiesOfStore(store, entities),
    });
  }

  /** The providers that have a reader, simulated ones marked. */
  describe(): string[] {
    return [...this.readers.values()].map(
      reader => `${reader.provider}${reader.simulated ? ' (simulated)' : ''}`,
    );
  }
}

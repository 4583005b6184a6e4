import type { SecretStoreReader } from '@stagecraft/plugin-secrets-node';

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

  /** The reader of a store provider (`stagecraft.io/store-provider`), if one was added. */
  readerFor(provider: string): SecretStoreReader | undefined {
    return this.readers.get(provider);
  }

  /** The providers that have a reader, simulated ones marked. */
  describe(): string[] {
    return [...this.readers.values()].map(
      reader => `${reader.provider}${reader.simulated ? ' (simulated)' : ''}`,
    );
  }
}

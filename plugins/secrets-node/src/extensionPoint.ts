import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { SecretStoreReader } from './types';

/**
 * Lets a backend module add secret store readers to the secrets backend.
 *
 * @public
 */
export interface SecretStoreReadersExtensionPoint {
  /** Adds a reader for the stores whose `stagecraft.io/store-provider` is `reader.provider`. */
  addReader(reader: SecretStoreReader): void;
}

/**
 * The extension point of the secrets backend for secret store readers.
 *
 * @public
 */
export const secretStoreReadersExtensionPoint =
  createExtensionPoint<SecretStoreReadersExtensionPoint>({
    id: 'secrets.store-readers',
  });

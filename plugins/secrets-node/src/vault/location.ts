import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_STORE_VAULT_ADDRESS,
  ANNOTATION_STORE_VAULT_MOUNT,
} from '@stagecraft/catalog-conventions-common';

/**
 * Where a Vault KV v2 store is.
 *
 * @public
 */
export interface VaultStoreLocation {
  /** The Vault address without a trailing slash, e.g. `https://vault.example.com:8200`. */
  address: string;
  /** The path of the KV v2 secrets engine without slashes around it, e.g. `kv`. */
  mount: string;
}

/**
 * Reads `stagecraft.io/store-vault-address` and `stagecraft.io/store-vault-mount` from a
 * `secret-store` entity, each defaulting to `defaults`. Undefined when either is
 * unknown or the address is not an http(s) URL.
 *
 * @public
 */
export function readVaultStoreLocation(
  store: Entity,
  defaults: { address?: string; mount?: string } = {},
): VaultStoreLocation | undefined {
  const annotations = store.metadata.annotations ?? {};
  const address = (
    annotations[ANNOTATION_STORE_VAULT_ADDRESS] ??
    defaults.address ??
    ''
  )
    .trim()
    .replace(/\/+$/, '');
  const mount = (
    annotations[ANNOTATION_STORE_VAULT_MOUNT] ??
    defaults.mount ??
    ''
  )
    .trim()
    .replace(/^\/+|\/+$/g, '');
  if (!mount || !/^https?:\/\/[^/]/.test(address)) return undefined;
  return { address, mount };
}

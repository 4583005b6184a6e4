import { RootConfigService } from '@backstage/backend-plugin-api';
import { SecretStoreReader } from '../types';
import { VaultKvReader } from './VaultKvReader';

/**
 * The HashiCorp Vault KV v2 reader configured in `stagecraft.secrets.stores.vault`
 * (`token`, and optional default `address` and `mount`), or undefined when that is not
 * configured, so that the store can be served by a simulated reader instead.
 *
 * @public
 */
export function createVaultSecretStoreReader(options: {
  config: RootConfigService;
  /** The time one Vault call may take; default 10 s. */
  callTimeoutMs?: number;
  /** How many Vault calls run at once; default 4. */
  concurrency?: number;
}): SecretStoreReader | undefined {
  const vault = options.config.getOptionalConfig(
    'stagecraft.secrets.stores.vault',
  );
  if (!vault) return undefined;
  return new VaultKvReader({
    token: vault.getString('token'),
    defaultAddress: vault.getOptionalString('address'),
    defaultMount: vault.getOptionalString('mount'),
    callTimeoutMs: options.callTimeoutMs,
    concurrency: options.concurrency,
  });
}

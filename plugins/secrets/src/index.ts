/**
 * Stagecraft Secrets: the secrets review page (with its Drift tab) and the secret,
 * rotation, secret-store, store coverage and "secrets used" cards for entity pages.
 *
 * @packageDocumentation
 */

export {
  secretsPlugin,
  SecretsPage,
  EntitySecretOverviewCard,
  EntitySecretRotationCard,
  EntitySecretStoreCoverageCard,
  EntitySecretStoreSecretsCard,
  EntityDependsOnSecretsCard,
} from './plugin';
export { secretsApiRef, SecretsClient } from './api';
export type { SecretsApi } from './api';
export { dependsOnAnyResource } from './components/EntityDependsOnSecretsCard';
export {
  isSecret,
  isSecretStore,
  RELATION_STORED_IN,
  RELATION_STORES,
} from '@stagecraft/plugin-secrets-common';

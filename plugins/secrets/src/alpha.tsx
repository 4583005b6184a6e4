/**
 * Stagecraft Secrets for the new frontend system: the secrets review page (with its nav
 * item and Drift tab), the secrets client and the secret, rotation, secret-store, store
 * coverage and "secrets used" entity cards.
 *
 * @packageDocumentation
 */
import { Entity } from '@backstage/catalog-model';
import {
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { createClientApiExtension } from '@stagecraft/catalog-conventions-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import VpnKeyIcon from '@material-ui/icons/VpnKey';
import { isSecret, isSecretStore } from '@stagecraft/plugin-secrets-common';
import { secretsApiRef, SecretsClient } from './api';
import { dependsOnAnyResource } from './components/EntityDependsOnSecretsCard';
import { rootRouteRef } from './routes';

const secretsApi = createClientApiExtension(secretsApiRef, SecretsClient);

const secretsPage = PageBlueprint.make({
  params: {
    path: '/secrets',
    routeRef: rootRouteRef,
    title: 'Secrets',
    icon: <VpnKeyIcon />,
    // The page draws its own Backstage header.
    noHeader: true,
    loader: () =>
      import('./components/SecretsPage').then(m => <m.SecretsPage />),
  },
});

const secretOverviewCard = EntityCardBlueprint.make({
  name: 'secret-overview',
  params: {
    filter: isSecret,
    loader: () =>
      import('./components/EntitySecretOverviewCard').then(m => (
        <m.EntitySecretOverviewCard />
      )),
  },
});

const secretStoreSecretsCard = EntityCardBlueprint.make({
  name: 'secret-store-secrets',
  params: {
    filter: isSecretStore,
    loader: () =>
      import('./components/EntitySecretStoreSecretsCard').then(m => (
        <m.EntitySecretStoreSecretsCard />
      )),
  },
});

// Beside the overview (the right-hand column): what the store reports of the secret.
const secretRotationCard = EntityCardBlueprint.make({
  name: 'secret-rotation',
  params: {
    filter: isSecret,
    type: 'info',
    loader: () =>
      import('./components/EntitySecretRotationCard').then(m => (
        <m.EntitySecretRotationCard />
      )),
  },
});

const secretStoreCoverageCard = EntityCardBlueprint.make({
  name: 'secret-store-coverage',
  params: {
    filter: isSecretStore,
    type: 'info',
    loader: () =>
      import('./components/EntitySecretStoreCoverageCard').then(m => (
        <m.EntitySecretStoreCoverageCard />
      )),
  },
});

const KINDS_USING_SECRETS = ['component', 'resource', 'system'];

/** Where the legacy app shows "Secrets used": components, systems and plain resources. */
function mayUseSecrets(entity: Entity): boolean {
  return (
    KINDS_USING_SECRETS.includes(entity.kind.toLocaleLowerCase('en-US')) &&
    !isSecret(entity) &&
    !isSecretStore(entity) &&
    dependsOnAnyResource(entity)
  );
}

const dependsOnSecretsCard = EntityCardBlueprint.make({
  name: 'depends-on-secrets',
  params: {
    filter: mayUseSecrets,
    loader: () =>
      import('./components/EntityDependsOnSecretsCard').then(m => (
        <m.EntityDependsOnSecretsCard />
      )),
  },
});

export default createFrontendPlugin({
  pluginId: 'secrets',
  title: 'Secrets',
  icon: <VpnKeyIcon />,
  info: { packageJson: () => import('../package.json') },
  routes: { root: rootRouteRef },
  extensions: [
    secretsApi,
    secretsPage,
    secretOverviewCard,
    secretRotationCard,
    secretStoreSecretsCard,
    secretStoreCoverageCard,
    dependsOnSecretsCard,
  ],
});

import {
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { createClientApiFactory } from '@stagecraft/catalog-conventions-react';
import { secretsApiRef, SecretsClient } from './api';
import { rootRouteRef } from './routes';

export const secretsPlugin = createPlugin({
  id: 'secrets',
  routes: {
    root: rootRouteRef,
  },
  apis: [createClientApiFactory(secretsApiRef, SecretsClient)],
});

/** The secrets review page; mount it at `/secrets`. */
export const SecretsPage = secretsPlugin.provide(
  createRoutableExtension({
    name: 'SecretsPage',
    component: () =>
      import('./components/SecretsPage').then(m => m.SecretsPage),
    mountPoint: rootRouteRef,
  }),
);

/** For a secret's entity page (`isSecret`). */
export const EntitySecretOverviewCard = secretsPlugin.provide(
  createComponentExtension({
    name: 'EntitySecretOverviewCard',
    component: {
      lazy: () =>
        import('./components/EntitySecretOverviewCard').then(
          m => m.EntitySecretOverviewCard,
        ),
    },
  }),
);

/** For a secret store's entity page (`isSecretStore`). */
export const EntitySecretStoreSecretsCard = secretsPlugin.provide(
  createComponentExtension({
    name: 'EntitySecretStoreSecretsCard',
    component: {
      lazy: () =>
        import('./components/EntitySecretStoreSecretsCard').then(
          m => m.EntitySecretStoreSecretsCard,
        ),
    },
  }),
);

/** For a secret's page, beside its overview: last rotated, next due, expiry (`isSecret`). */
export const EntitySecretRotationCard = secretsPlugin.provide(
  createComponentExtension({
    name: 'EntitySecretRotationCard',
    component: {
      lazy: () =>
        import('./components/EntitySecretRotationCard').then(
          m => m.EntitySecretRotationCard,
        ),
    },
  }),
);

/** For a secret store's page: coverage, status and drift findings (`isSecretStore`). */
export const EntitySecretStoreCoverageCard = secretsPlugin.provide(
  createComponentExtension({
    name: 'EntitySecretStoreCoverageCard',
    component: {
      lazy: () =>
        import('./components/EntitySecretStoreCoverageCard').then(
          m => m.EntitySecretStoreCoverageCard,
        ),
    },
  }),
);

/** For any other entity page; renders nothing when the entity uses no secret. */
export const EntityDependsOnSecretsCard = secretsPlugin.provide(
  createComponentExtension({
    name: 'EntityDependsOnSecretsCard',
    component: {
      lazy: () =>
        import('./components/EntityDependsOnSecretsCard').then(
          m => m.EntityDependsOnSecretsCard,
        ),
    },
  }),
);

import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { BlastRadiusClient, blastRadiusApiRef } from './api';

export const blastRadiusPlugin = createPlugin({
  id: 'blast-radius',
  apis: [
    createApiFactory({
      api: blastRadiusApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new BlastRadiusClient({ discoveryApi, fetchApi }),
    }),
  ],
});

/** The "Blast radius" entity tab: graph, filters and whom to call. */
export const EntityBlastRadiusContent = blastRadiusPlugin.provide(
  createComponentExtension({
    name: 'EntityBlastRadiusContent',
    component: {
      lazy: () =>
        import('./components/EntityBlastRadiusContent').then(
          m => m.EntityBlastRadiusContent,
        ),
    },
  }),
);

/** Overview card: how much breaks with the entity and whom to call first. */
export const EntityBlastRadiusCard = blastRadiusPlugin.provide(
  createComponentExtension({
    name: 'EntityBlastRadiusCard',
    component: {
      lazy: () =>
        import('./components/EntityBlastRadiusCard').then(
          m => m.EntityBlastRadiusCard,
        ),
    },
  }),
);

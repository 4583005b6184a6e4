import {
  createComponentExtension,
  createPlugin,
} from '@backstage/core-plugin-api';
import { createClientApiFactory } from '@stagecraft/catalog-conventions-react';
import { BlastRadiusClient, blastRadiusApiRef } from './api';

export const blastRadiusPlugin = createPlugin({
  id: 'blast-radius',
  apis: [createClientApiFactory(blastRadiusApiRef, BlastRadiusClient)],
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

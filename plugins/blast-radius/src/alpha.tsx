/**
 * Blast radius for the new frontend system.
 *
 * @packageDocumentation
 */
import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { createClientApiExtension } from '@stagecraft/catalog-conventions-react';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { BlastRadiusClient, blastRadiusApiRef } from './api';
import { isBlastRadiusAvailable } from './lib/isBlastRadiusAvailable';

/** `api:blast-radius`: the client for `@stagecraft/plugin-blast-radius-backend`. */
const blastRadiusApi = createClientApiExtension(
  blastRadiusApiRef,
  BlastRadiusClient,
);

/**
 * `entity-content:blast-radius`: the "Blast radius" tab of every Component, Resource, API
 * and System.
 */
const entityBlastRadiusContent = EntityContentBlueprint.make({
  params: {
    path: '/blast-radius',
    title: 'Blast radius',
    filter: isBlastRadiusAvailable,
    loader: () =>
      import('./components/EntityBlastRadiusContent').then(m => (
        <m.EntityBlastRadiusContent />
      )),
  },
});

/**
 * `entity-card:blast-radius/summary`: how much breaks and whom to call first, on the
 * overview. Disabled by default, as the legacy app does not place it either.
 */
const entityBlastRadiusCard = EntityCardBlueprint.make({
  name: 'summary',
  disabled: true,
  params: {
    type: 'content',
    filter: isBlastRadiusAvailable,
    loader: () =>
      import('./components/EntityBlastRadiusCard').then(m => (
        <m.EntityBlastRadiusCard />
      )),
  },
});

/**
 * The blast radius plugin for the new frontend system: the Blast radius tab, and an
 * overview card that is disabled until app-config enables it.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'blast-radius',
  title: 'Blast radius',
  info: { packageJson: () => import('../package.json') },
  extensions: [blastRadiusApi, entityBlastRadiusContent, entityBlastRadiusCard],
});

import { CATALOG_ERRORS_TOPIC } from '@backstage/plugin-catalog-backend';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { initModule } from '../backend/initModule';

/** What the catalog publishes on its error topic when an entity fails processing. */
export type CatalogErrorEvent = {
  entity: string;
  location?: string;
  errors: Array<{ name?: string; message: string }>;
};

/** A catalog module that appends every error event the catalog publishes to `events`. */
export function captureCatalogErrors(errorEvents: CatalogErrorEvent[]) {
  return initModule(
    { pluginId: 'catalog', moduleId: 'test-error-capture' },
    { events: eventsServiceRef },
    async ({ events }) => {
      await events.subscribe({
        id: 'test-error-capture',
        topics: [CATALOG_ERRORS_TOPIC],
        async onEvent(params) {
          errorEvents.push(params.eventPayload as CatalogErrorEvent);
        },
      });
    },
  );
}

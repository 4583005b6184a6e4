import { createBackendModule } from '@backstage/backend-plugin-api';
import { CATALOG_ERRORS_TOPIC } from '@backstage/plugin-catalog-backend';
import { eventsServiceRef } from '@backstage/plugin-events-node';

/** What the catalog publishes on its error topic when an entity fails processing. */
export type CatalogErrorEvent = {
  entity: string;
  location?: string;
  errors: Array<{ name?: string; message: string }>;
};

/** A catalog module that appends every error event the catalog publishes to `events`. */
export function captureCatalogErrors(errorEvents: CatalogErrorEvent[]) {
  return createBackendModule({
    pluginId: 'catalog',
    moduleId: 'test-error-capture',
    register(reg) {
      reg.registerInit({
        deps: { events: eventsServiceRef },
        async init({ events }) {
          await events.subscribe({
            id: 'test-error-capture',
            topics: [CATALOG_ERRORS_TOPIC],
            async onEvent(params) {
              errorEvents.push(params.eventPayload as CatalogErrorEvent);
            },
          });
        },
      });
    },
  });
}

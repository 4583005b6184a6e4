import { DatabaseService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { readReadinessBackendConfig } from '../config';
import { ExemptionStore } from '../database/ExemptionStore';
import { ReadinessStore } from '../database/ReadinessStore';
import { ActiveExemptions } from '../exemptions/ActiveExemptions';
import { ReadinessCatalogReader } from '../service/ReadinessCatalogReader';
import { ReadinessService } from '../service/ReadinessService';
import { VisibleReadiness } from '../service/VisibleReadiness';

/** The user dana, as the credentials of a request. */
export const dana = {
  $$type: '@backstage/BackstageCredentials' as const,
  principal: { type: 'user', userEntityRef: 'user:default/dana' },
};

/** A service of team-a, as the catalog holds it. */
export const teamAService = (
  name: string,
  lifecycle = 'production',
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'service', lifecycle, owner: 'team-a' },
});

/**
 * Readiness as a caller sees it: results from `store`, the service reading `evaluated`
 * from the catalog, the caller's catalog holding only `readable` (or `catalog`, as the
 * caller and the plugin's own credentials read it), and the approved exemptions of an
 * exemption store on `database`.
 */
export async function visibleReadinessOn(options: {
  database: DatabaseService;
  store: ReadinessStore;
  evaluated: Entity[];
  readable: Entity[];
  catalog?: CatalogService;
  now: Date;
}) {
  const { database, store, evaluated, readable, now } = options;
  const exemptionStore = await ExemptionStore.create({ database });
  const visible = new VisibleReadiness({
    service: new ReadinessService({
      store,
      reader: new ReadinessCatalogReader(
        catalogServiceMock({ entities: evaluated }),
        mockServices.auth(),
      ),
      verifiers: [],
      settings: readReadinessBackendConfig(new ConfigReader({})),
      logger: mockServices.logger.mock(),
      now: () => now,
    }),
    history: store,
    catalog: options.catalog ?? catalogServiceMock({ entities: readable }),
    auth: mockServices.auth(),
    exemptions: new ActiveExemptions({
      store: exemptionStore,
      productionCompleteRequires: [],
      now: () => now,
    }),
    now: () => now,
  });
  return { visible, exemptionStore };
}

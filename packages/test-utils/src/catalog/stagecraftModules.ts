import { BackendFeature } from '@backstage/backend-plugin-api';
import catalogModulePipelines from '@stagecraft/plugin-catalog-backend-module-pipelines';
import catalogModulePortalLinks from '@stagecraft/plugin-catalog-backend-module-portal-links';
import catalogModuleSecrets from '@stagecraft/plugin-catalog-backend-module-secrets';

/** Stagecraft's catalog modules, by the capability they serve. */
export const STAGECRAFT_CATALOG_MODULES = {
  /** Links written as portal paths (`/docs/...` runbooks) made absolute against app.baseUrl. */
  'portal-links': catalogModulePortalLinks,
  /** The leak guard and the storedIn/stores relations. */
  secrets: catalogModuleSecrets,
  /** The readsFrom/writesTo pipeline relations. */
  pipelines: catalogModulePipelines,
} satisfies Record<string, BackendFeature>;

export type StagecraftCatalogModule = keyof typeof STAGECRAFT_CATALOG_MODULES;

import { BackendFeature } from '@backstage/backend-plugin-api';
import catalogModulePipelines from '@stagecraft/plugin-catalog-backend-module-pipelines';
import catalogModuleSecrets from '@stagecraft/plugin-catalog-backend-module-secrets';

/** Stagecraft's catalog modules, by the capability they serve. */
export const STAGECRAFT_CATALOG_MODULES = {
  /** The leak guard and the storedIn/stores relations. */
  secrets: catalogModuleSecrets,
  /** The readsFrom/writesTo pipeline relations. */
  pipelines: catalogModulePipelines,
} satisfies Record<string, BackendFeature>;

export type StagecraftCatalogModule = keyof typeof STAGECRAFT_CATALOG_MODULES;

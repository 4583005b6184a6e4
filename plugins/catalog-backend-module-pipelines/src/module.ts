import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { PipelineFlowProcessor } from './PipelineFlowProcessor';

/**
 * Adds pipeline data-flow relations (`readsFrom`/`readBy`, `writesTo`/`writtenBy`) to the catalog.
 *
 * @public
 */
export const catalogModulePipelines = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'pipelines',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        logger: coreServices.logger,
      },
      async init({ catalog, logger }) {
        catalog.addProcessor(new PipelineFlowProcessor(logger));
      },
    });
  },
});

import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { ScmIntegrations } from '@backstage/integration';
import { techdocsGeneratorExtensionPoint } from '@backstage/plugin-techdocs-node';
import { MkdocsCheckingGenerator } from './mkdocsCheckingGenerator';

/**
 * When TechDocs generates with a local MkDocs (`techdocs.generator.runIn: local`), a
 * missing MkDocs shows on the docs page as what to install.
 */
export const techdocsModuleMkdocsHint = createBackendModule({
  pluginId: 'techdocs',
  moduleId: 'mkdocs-install-hint',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        generator: techdocsGeneratorExtensionPoint,
      },
      async init({ config, logger, generator }) {
        if (config.getOptionalString('techdocs.generator.runIn') !== 'local') {
          return;
        }
        generator.setTechdocsGenerator(
          new MkdocsCheckingGenerator({
            logger,
            config,
            scmIntegrations: ScmIntegrations.fromConfig(config),
          }),
        );
      },
    });
  },
});

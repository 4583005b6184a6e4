import {
  GeneratorRunOptions,
  TechdocsGenerator,
} from '@backstage/plugin-techdocs-node';
import {
  isMkdocsInstalled,
  MKDOCS_INSTALL_HINT,
  withInstallHint,
} from './mkdocsInstallHint';

/**
 * TechDocs' own generator, run locally, that says what to install instead of failing
 * with `spawn mkdocs ENOENT` when MkDocs or its Material theme is missing. The message
 * reaches the docs page; the backend keeps running.
 */
export class MkdocsCheckingGenerator extends TechdocsGenerator {
  async run(options: GeneratorRunOptions): Promise<void> {
    if (!(await isMkdocsInstalled())) {
      throw new Error(`MkDocs is not installed. ${MKDOCS_INSTALL_HINT}`);
    }
    try {
      await super.run(options);
    } catch (error) {
      throw withInstallHint(error);
    }
  }
}

import {
  StartCatalogOptions,
  startExampleCatalog,
  TestCatalog,
} from '@internal/stagecraft-test-utils';
import pipelinesPlugin from '../index';
import { waitForWholePipeline } from './waitForWholePipeline';

/**
 * The pipelines backend (simulated source) on the real catalog over the example catalog,
 * once every stage of each of `pipelines` is drawn.
 */
export async function startPipelinesOnExampleCatalog(options: {
  pipelines: string[];
  modules?: StartCatalogOptions['modules'];
  /** More features besides the pipelines plugin, e.g. a permission policy. */
  features?: StartCatalogOptions['features'];
}): Promise<TestCatalog> {
  const backend = await startExampleCatalog({
    modules: options.modules ?? ['portal-links'],
    features: [pipelinesPlugin, ...(options.features ?? [])],
    processingInterval: { milliseconds: 200 },
  });
  try {
    for (const name of options.pipelines) {
      await waitForWholePipeline(backend.server, name);
    }
  } catch (error) {
    await backend.stop();
    throw error;
  }
  return backend;
}

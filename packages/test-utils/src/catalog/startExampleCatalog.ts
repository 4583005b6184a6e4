import path from 'path';
import { EXAMPLE_CATALOG_DIR } from './exampleCatalog';
import { startCatalog, StartCatalogOptions, TestCatalog } from './startCatalog';

/**
 * `startCatalog` over the example catalog, read from its `all.yaml` as the portal reads it.
 */
export function startExampleCatalog(
  options: Omit<StartCatalogOptions, 'files' | 'locations'> = {},
): Promise<TestCatalog> {
  return startCatalog({
    ...options,
    locations: [path.join(EXAMPLE_CATALOG_DIR, 'all.yaml')],
  });
}

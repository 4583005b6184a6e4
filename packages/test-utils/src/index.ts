/**
 * Stagecraft's test harness: the real catalog backend with Stagecraft's
 * modules, on SQLite or PostgreSQL, over a given set of catalog files.
 *
 * @packageDocumentation
 */

export { startCatalog } from './catalog/startCatalog';
export type { StartCatalogOptions, TestCatalog } from './catalog/startCatalog';
export type { CatalogErrorEvent } from './catalog/captureCatalogErrors';
export {
  CATALOG_KINDS,
  catalogConfig,
  catalogLocation,
} from './catalog/catalogConfig';
export type { ProcessingInterval } from './catalog/catalogConfig';
export { STAGECRAFT_CATALOG_MODULES } from './catalog/stagecraftModules';
export type { StagecraftCatalogModule } from './catalog/stagecraftModules';
export {
  EXAMPLE_CATALOG_DIR,
  exampleCatalogByRef,
  loadExampleCatalog,
} from './catalog/exampleCatalog';
export { refKey, refsOf } from './catalog/refsOf';
export { hideRestrictedFromUsers } from './catalog/hideRestrictedFromUsers';
export type { CatalogReads } from './catalog/hideRestrictedFromUsers';
export { asUser } from './http/asUser';
export type { TestServer } from './http/asUser';
export { eventually } from './eventually';
export type { EventuallyOptions } from './eventually';
export {
  createTestDatabases,
  POSTGRES_ENV,
  POSTGRES_ID,
  postgresAvailable,
} from './database/testDatabases';

/**
 * Stagecraft's test harness: the real catalog backend with Stagecraft's
 * modules, on SQLite or PostgreSQL, over a given set of catalog files.
 *
 * @packageDocumentation
 */

export {
  startCatalog,
  TEST_PORTAL_BASE_URL,
  type StartCatalogOptions,
  type TestCatalog,
} from './catalog/startCatalog';
export {
  STAGECRAFT_CATALOG_MODULES,
  type StagecraftCatalogModule,
} from './catalog/stagecraftModules';
export type { CatalogErrorEvent } from './catalog/captureCatalogErrors';
export * from './catalog/catalogConfig';
export * from './catalog/catalogEntity';
export * from './catalog/teamEntity';
export * from './catalog/exampleCatalog';
export * from './catalog/startExampleCatalog';
export * from './catalog/yamlFilesUnder';
export * from './catalog/writeCatalogFiles';
export * from './catalog/refsOf';
export * from './catalog/inverseRelations';
export * from './catalog/hideRestrictedFromUsers';
export * from './backend/initModule';
export * from './http/asUser';
export * from './eventually';
export * from './deferred';
export * from './aws/abortSignalOfFirstSend';
export * from './database/testDatabases';
export * from './database/inMemoryDatabase';
export * from './database/replicaConnections';
export * from './database/postgresTestsRun';
export * from './database/rowsReadFrom';
export * from './seededRandom';
export * from './yaml/aliasBomb';
export * from './permissions/catalogReadsForUsers';
export * from './readme/packageReadme';

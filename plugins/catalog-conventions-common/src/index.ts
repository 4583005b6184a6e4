/**
 * The catalog conventions every Stagecraft capability shares: the annotations, link types
 * and relations it reads from catalog YAML, and how it reads them.
 *
 * @packageDocumentation
 */

export * from './annotations';
export * from './linkTypes';
export * from './relations';
export { safeHttpUrl } from './links/safeHttpUrl';
export { toCsv, toCsvField, type CsvValue } from './csv/toCsv';
export { csvResponseHeaders } from './csv/csvResponseHeaders';
export {
  entityRoute,
  type EntityRoute,
  type EntityRouteRef,
} from './routes/entityRoute';
export { csvExportRoute } from './routes/csvExportRoute';

/**
 * The catalog conventions every Stagecraft capability shares: the annotations, link types
 * and relations it reads from catalog YAML, and how it reads them.
 *
 * @packageDocumentation
 */

export * from './annotations';
export * from './linkTypes';
export * from './evidence';
export * from './relations';
export { annotationOf } from './annotationOf';
export {
  entityRefOf,
  isKind,
  namespaceOf,
  parseRefKey,
  refKey,
} from './refs/refKey';
export { parseRef } from './refs/parseRef';
export type { ParsedRef } from './refs/parseRef';
export {
  entityRefsInText,
  hideEntityRefsInText,
  type EntityRefInText,
} from './refs/entityRefsInText';
export { HIDDEN_ENTITY } from './refs/hiddenEntity';
export { ownerRefOf } from './oncall/ownerRefOf';
export { oncallContactOf } from './oncall/oncallContactOf';
export { parseArn } from './arn/parseArn';
export type { ParsedArn } from './arn/parseArn';
export {
  buildCatalogView,
  catalogViewBuilder,
  hasKindAndName,
} from './catalogView/buildCatalogView';
export type {
  CatalogView,
  CatalogViewBuilder,
} from './catalogView/buildCatalogView';
export { safeHttpUrl } from './links/safeHttpUrl';
export { mulberry32 } from './random/mulberry32';
export { nameWords } from './words/nameWords';
export { toCsv, toCsvField, type CsvValue } from './csv/toCsv';
export { csvResponseHeaders } from './csv/csvResponseHeaders';
export {
  entityRoute,
  type EntityRoute,
  type EntityRouteRef,
} from './routes/entityRoute';
export { csvExportRoute } from './routes/csvExportRoute';
export {
  absolutizeInPortalLinks,
  inPortalPathOf,
  isInPortalPath,
  problemWithDocsLink,
} from './links/portalLinks';
export {
  ANNOTATION_PEAK_PAYLOAD_BYTES,
  ANNOTATION_PEAK_RECORDS_PER_SECOND,
  ANNOTATION_PEAK_REQUESTS_PER_SECOND,
  PEAK_ANNOTATIONS,
  declaresExpectedPeak,
  parseExpectedPeak,
  type ExpectedPeak,
  type ExpectedPeakParse,
  type PeakUnit,
} from './peak/expectedPeak';
export {
  DEFAULT_PAGE_LIMIT,
  invalidParameter,
  MAX_PAGE_LIMIT,
  oneOfParameter,
  PAGING_PARAMS,
  pagedListParams,
  pagingQueryString,
  parsePaging,
  readParameterTexts,
  SEARCH_PARAMETER,
  SORT_ORDERS,
  wholeNumberParameter,
  type PagedListParams,
  type PagingQuery,
  type PagingRules,
  type ParsedPaging,
  type ParsedParameter,
  type SortOrder,
} from './paging/pagingQuery';
export {
  pagedListQuery,
  type PagedListFilters,
  type PagedListQuery,
} from './paging/pagedListQuery';
export { searchWords } from './paging/searchWords';

/**
 * The React side of the catalog conventions every Stagecraft frontend shares.
 *
 * @packageDocumentation
 */
export { SafeLink } from './links/SafeLink';
export { usePortalBaseUrl } from './links/usePortalBaseUrl';
export { downloadBlob, downloadText } from './download/download';
export { createClientApiFactory } from './apis/createClientApiFactory';
export type { BackendClientClass } from './apis/createClientApiFactory';
export { createClientApiExtension } from './apis/createClientApiExtension';
export { fetchFromBackend } from './apis/fetchFromBackend';
export { PagedTable, PAGE_SIZES } from './table/PagedTable';
export type { ServerPaging } from './table/PagedTable';
export { useLastDefined, useServerPaging } from './table/useServerPaging';
export type { PageRequest } from './table/useServerPaging';
export { ScrollCues } from './scroll/ScrollCues';
export type { ScrollCuesProps } from './scroll/ScrollCues';
export { useScrollBox } from './scroll/useScrollBox';
export type { ScrollBox } from './scroll/useScrollBox';

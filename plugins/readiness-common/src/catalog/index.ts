export { buildReadinessCatalogView } from './catalogView';
export type { ReadinessCatalogView } from './catalogView';
export {
  domainRefOf,
  readsFromOf,
  relatedRefsOf,
  systemRefOf,
} from './relatedRefs';
export { specString, splitList } from './fieldValues';
export { linksOfType } from './links';
export { problemWithDocsLink } from '@stagecraft/catalog-conventions-common';
export type { EntityLink } from './links';
export { cloudWatchAlarmsOf, datadogMonitorsOf } from './monitors';
export { awsLocationOf } from './awsLocation';

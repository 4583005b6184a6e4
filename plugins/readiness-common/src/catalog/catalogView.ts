// The checks look entities up in the shared catalog view; these are its names in readiness's API.
export { buildCatalogView as buildReadinessCatalogView } from '@stagecraft/catalog-conventions-common';
export type { CatalogView as ReadinessCatalogView } from '@stagecraft/catalog-conventions-common';

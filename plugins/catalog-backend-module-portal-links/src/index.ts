/**
 * Catalog module that lets catalog YAML link to the portal's own pages by path.
 *
 * @packageDocumentation
 */

export { catalogModulePortalLinks as default } from './module';
export { InPortalLinksProcessor } from './InPortalLinksProcessor';

import { Entity } from '@backstage/catalog-model';
import { CatalogProcessor } from '@backstage/plugin-catalog-node';
import { absolutizeInPortalLinks } from '@stagecraft/catalog-conventions-common';

/**
 * Lets catalog YAML link to the portal's own pages (runbooks in TechDocs) by path. The
 * catalog refuses entities whose `metadata.links[].url` is not an absolute URL, so paths
 * are made absolute against `app.baseUrl` before that check.
 *
 * @public
 */
export class InPortalLinksProcessor implements CatalogProcessor {
  constructor(private readonly appBaseUrl: string) {}

  /** The name the catalog logs and reports this processor under. */
  getProcessorName(): string {
    return 'InPortalLinksProcessor';
  }

  /** The entity with its path links made absolute; the same entity when it has none. */
  async preProcessEntity(entity: Entity): Promise<Entity> {
    return absolutizeInPortalLinks(entity, this.appBaseUrl);
  }
}

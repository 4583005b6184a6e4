import { Entity } from '@backstage/catalog-model';
import { CatalogProcessor } from '@backstage/plugin-catalog-node';

/** A link to a page of this portal, written as a path: `/docs/default/system/x/page/`. */
export function isInPortalPath(url: unknown): url is string {
  return (
    typeof url === 'string' && url.startsWith('/') && !url.startsWith('//')
  );
}

/**
 * Lets catalog YAML link to the portal's own pages (runbooks in TechDocs) by path, which
 * stays right wherever the portal runs. The catalog refuses entities whose
 * `metadata.links[].url` is not an absolute URL, so paths are made absolute against
 * `app.baseUrl` before that check.
 */
export class InPortalLinksProcessor implements CatalogProcessor {
  private readonly appBaseUrl: string;

  constructor(appBaseUrl: string) {
    this.appBaseUrl = appBaseUrl.replace(/\/+$/, '');
  }

  getProcessorName(): string {
    return 'InPortalLinksProcessor';
  }

  async preProcessEntity(entity: Entity): Promise<Entity> {
    const links = entity.metadata.links;
    if (!links?.some(link => isInPortalPath(link.url))) {
      return entity;
    }
    return {
      ...entity,
      metadata: {
        ...entity.metadata,
        links: links.map(link =>
          isInPortalPath(link.url)
            ? { ...link, url: `${this.appBaseUrl}${link.url}` }
            : link,
        ),
      },
    };
  }
}

import path from 'path';
import {
  AuthService,
  DiscoveryService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import {
  ANNOTATION_LOCATION,
  Entity,
  parseEntityRef,
  parseLocationRef,
} from '@backstage/catalog-model';
import { requestSignal } from '@stagecraft/backend-node';
import {
  markdownOfSites,
  RunbookSource,
  SiteReader,
  TechDocsPage,
  techDocsDirOf,
} from '@stagecraft/plugin-readiness-common';
import { folderSiteReader, urlSiteReader } from './siteReaders';

export type PortalRunbookSourceDeps = {
  urlReader: UrlReaderService;
  discovery: DiscoveryService;
  auth: AuthService;
  timeoutMs: number;
  fetchFn?: typeof fetch;
};

/**
 * Reads the runbooks of one evaluation run: their Markdown from the repository the docs
 * entity's YAML came from (the `backstage.io/techdocs-ref: dir:` folder beside it), and
 * whether TechDocs has built the page. Never reads anything but docs sites.
 */
export class PortalRunbookSource implements RunbookSource {
  private readonly builtFiles = new Map<
    string,
    Promise<string[] | undefined>
  >();

  constructor(
    private readonly deps: PortalRunbookSourceDeps,
    private readonly entityOf: (entityRef: string) => Entity | undefined,
    private readonly signal?: AbortSignal,
  ) {}

  readonly readMarkdown = markdownOfSites(entityRef =>
    this.openSite(entityRef),
  );

  async isBuilt(page: TechDocsPage): Promise<boolean | undefined> {
    if (!this.builtFiles.has(page.entityRef)) {
      this.builtFiles.set(page.entityRef, this.fetchBuiltFiles(page.entityRef));
    }
    const files = await this.builtFiles
      .get(page.entityRef)!
      .catch(() => undefined);
    if (!files) return undefined;
    return files.includes(page.page ? `${page.page}/index.html` : 'index.html');
  }

  /** The docs site beside the entity's YAML, where the catalog read that YAML from. */
  private async openSite(entityRef: string): Promise<SiteReader> {
    const entity = this.entityOf(entityRef);
    const dir = entity && techDocsDirOf(entity);
    const location = entity?.metadata.annotations?.[ANNOTATION_LOCATION];
    if (!entity || dir === undefined || !location) {
      throw new Error(`${entityRef} has no docs site beside its YAML`);
    }
    const { type, target } = parseLocationRef(location);
    if (type === 'file') {
      return folderSiteReader(path.resolve(path.dirname(target), dir));
    }
    if (type === 'url') {
      return urlSiteReader(new URL(dir, target).href, this.deps.urlReader);
    }
    throw new Error(`${entityRef} comes from a ${type} location`);
  }

  /** The files of the built site, from its techdocs_metadata.json; undefined when not built. */
  private async fetchBuiltFiles(entityRef: string) {
    const { kind, namespace, name } = parseEntityRef(entityRef);
    const { discovery, auth, fetchFn = fetch, timeoutMs } = this.deps;
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'techdocs',
    });
    const url = `${await discovery.getBaseUrl('techdocs')}/metadata/techdocs/${[
      namespace,
      kind,
      name,
    ]
      .map(encodeURIComponent)
      .join('/')}`;
    const response = await fetchFn(url, {
      headers: { Authorization: `Bearer ${token}` },
      signal: requestSignal(timeoutMs, this.signal),
    });
    if (response.status === 404) return undefined;
    if (!response.ok) {
      throw new Error(
        `TechDocs answered HTTP ${response.status} for ${entityRef}`,
      );
    }
    const { files } = (await response.json()) as { files?: unknown };
    return Array.isArray(files) ? files.map(String) : undefined;
  }
}

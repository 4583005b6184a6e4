import { APIRequestContext } from '@playwright/test';

/** The parts of a catalog entity the crawl reads. */
export type CatalogEntity = {
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    annotations?: Record<string, string>;
    links?: { url: string; title?: string; type?: string }[];
  };
};

/** Link types that must lead to a page of the portal (issue 18). */
export const IN_PORTAL_LINK_TYPES = [
  'runbook',
  'rotation-guide',
  'incident-response',
];

const TECHDOCS_REF = 'backstage.io/techdocs-ref';

/** The signed-in guest's Backstage token, as the app gets it. */
export async function guestToken(request: APIRequestContext): Promise<string> {
  const response = await request.get(
    '/api/auth/guest/refresh?env=development',
    {
      headers: { 'x-requested-with': 'XMLHttpRequest' },
    },
  );
  if (!response.ok()) {
    throw new Error(`guest sign-in refresh answered ${response.status()}`);
  }
  const body = await response.json();
  return body.backstageIdentity.token;
}

export async function listEntities(
  request: APIRequestContext,
  token: string,
): Promise<CatalogEntity[]> {
  const response = await request.get('/api/catalog/entities', {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok()) {
    throw new Error(`GET /api/catalog/entities answered ${response.status()}`);
  }
  return response.json();
}

export function entityRef(entity: CatalogEntity): string {
  const namespace = entity.metadata.namespace ?? 'default';
  return `${entity.kind.toLocaleLowerCase('en-US')}:${namespace}/${
    entity.metadata.name
  }`;
}

/** The entity's page in the portal, as the catalog's entity route builds it. */
export function entityPagePath(entity: CatalogEntity): string {
  const parts = [
    entity.metadata.namespace ?? 'default',
    entity.kind.toLocaleLowerCase('en-US'),
    entity.metadata.name,
  ];
  return `/catalog/${parts.map(encodeURIComponent).join('/')}`;
}

/** The TechDocs path (`default/system/reviews`) of each entity with its own docs. */
export function techDocsSites(entities: CatalogEntity[]): string[] {
  return entities
    .filter(entity => entity.metadata.annotations?.[TECHDOCS_REF])
    .map(entity =>
      [
        entity.metadata.namespace ?? 'default',
        entity.kind.toLocaleLowerCase('en-US'),
        entity.metadata.name,
      ].join('/'),
    );
}

/** Every runbook, rotation-guide and incident-response link, with where it is declared. */
export function inPortalTypedLinks(entities: CatalogEntity[]) {
  return entities.flatMap(entity =>
    (entity.metadata.links ?? [])
      .filter(link => IN_PORTAL_LINK_TYPES.includes(link.type ?? ''))
      .map(link => ({
        url: link.url,
        declaredOn: `${entityRef(entity)} (${link.type} link "${
          link.title ?? link.url
        }")`,
      })),
  );
}

import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { NotFoundError } from '@backstage/errors';
import { Entity } from '@backstage/catalog-model';
import { loadRunbookPages } from '@stagecraft/plugin-readiness-common';
import { PortalRunbookSource } from './PortalRunbookSource';

const REVIEWED = '---\nlast_reviewed: 2026-11-20\n---\n# Moderation\n';

function system(location: string, techdocsRef = 'dir:.'): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name: 'reviews',
      namespace: 'default',
      annotations: {
        'backstage.io/managed-by-location': location,
        'backstage.io/techdocs-ref': techdocsRef,
      },
    },
    spec: { owner: 'group:default/reviews-team' },
  };
}

const component = (...urls: string[]): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'moderation',
    links: urls.map(url => ({ url, type: 'runbook' })),
  },
  spec: {},
});

/** TechDocs' metadata endpoint, answering for the reviews site. */
function techDocs(answer: { status: number; files?: string[] }) {
  const requests: string[] = [];
  const fetchFn = (async (url: string, init?: RequestInit) => {
    requests.push(
      `${url} ${
        (init?.headers as Record<string, string>)?.Authorization
          ? 'with token'
          : 'anonymous'
      }`,
    );
    return new Response(JSON.stringify({ files: answer.files }), {
      status: answer.status,
    });
  }) as typeof fetch;
  return { fetchFn, requests };
}

function source(
  docsEntity: Entity,
  tech = techDocs({ status: 404 }),
  urlReader = mockServices.urlReader.mock(),
) {
  return new PortalRunbookSource(
    {
      urlReader,
      discovery: mockServices.discovery(),
      auth: mockServices.auth(),
      timeoutMs: 1000,
      fetchFn: tech.fetchFn,
    },
    ref => (ref === 'system:default/reviews' ? docsEntity : undefined),
  );
}

describe('PortalRunbookSource', () => {
  const dir = createMockDirectory();

  beforeEach(() => {
    dir.setContent({
      'reviews/system.yaml': 'kind: System',
      'reviews/mkdocs.yml': 'site_name: Reviews\n',
      'reviews/docs/moderation.md': REVIEWED,
      'secret.md': 'not a runbook',
    });
  });

  it('reads a runbook beside a file location and asks TechDocs whether it is built', async () => {
    const tech = techDocs({
      status: 200,
      files: ['index.html', 'moderation/index.html'],
    });
    const pages = await loadRunbookPages(
      [
        component(
          '/docs/default/system/reviews/moderation/',
          '/docs/default/system/reviews/gone/',
        ),
      ],
      source(system(`file:${dir.resolve('reviews/system.yaml')}`), tech),
    );
    expect(
      pages.factsOf({
        entityRef: 'system:default/reviews',
        page: 'moderation',
      }),
    ).toEqual({
      exists: true,
      source: 'moderation.md',
      review: { lastReviewed: '2026-11-20' },
    });
    expect(
      pages.factsOf({ entityRef: 'system:default/reviews', page: 'gone' }),
    ).toEqual({ exists: false });
    expect(tech.requests).toEqual([
      'http://localhost:0/api/techdocs/metadata/techdocs/default/system/reviews with token',
    ]);
  });

  it('says a page TechDocs built without it does not exist, and trusts the source before the build', async () => {
    const entity = system(`file:${dir.resolve('reviews/system.yaml')}`);
    const facts = async (tech: ReturnType<typeof techDocs>) =>
      (
        await loadRunbookPages(
          [component('/docs/default/system/reviews/moderation/')],
          source(entity, tech),
        )
      ).factsOf({ entityRef: 'system:default/reviews', page: 'moderation' })
        ?.exists;
    expect(await facts(techDocs({ status: 200, files: ['index.html'] }))).toBe(
      false,
    );
    expect(await facts(techDocs({ status: 404 }))).toBe(true);
    expect(await facts(techDocs({ status: 500 }))).toBe(true);
  });

  it('never reads outside the docs folder', async () => {
    const read = source(system(`file:${dir.resolve('reviews/system.yaml')}`));
    await expect(
      read.readMarkdown('system:default/reviews', '../../secret.md'),
    ).resolves.toBeUndefined();
  });

  it('reads a url location through the URL reader', async () => {
    const urlReader = mockServices.urlReader.mock({
      readUrl: async (url: string) => {
        if (url.endsWith('/docs/moderation.md')) {
          return { buffer: async () => Buffer.from(REVIEWED) } as any;
        }
        throw new NotFoundError(url);
      },
    });
    const read = source(
      system(
        'url:https://github.com/acme/reviews/blob/main/catalog/system.yaml',
      ),
      undefined,
      urlReader,
    );
    expect(
      await read.readMarkdown('system:default/reviews', 'moderation.md'),
    ).toBe(REVIEWED);
    expect(urlReader.readUrl).toHaveBeenCalledWith(
      'https://github.com/acme/reviews/blob/main/catalog/docs/moderation.md',
    );
    expect(
      await read.readMarkdown('system:default/reviews', 'gone.md'),
    ).toBeUndefined();
  });

  it('treats a site it cannot locate as unknown', async () => {
    const pages = await loadRunbookPages(
      [component('/docs/default/system/other/page/')],
      source(system(`file:${dir.resolve('reviews/system.yaml')}`)),
    );
    expect(
      pages.factsOf({ entityRef: 'system:default/other', page: 'page' }),
    ).toBeUndefined();
  });
});

import {
  asUser,
  eventually,
  TestServer as Server,
} from '@internal/stagecraft-test-utils';

function getter(server: Server) {
  return async (path: string) => {
    const res = await asUser(server).get(path);
    return { status: res.status, text: res.text };
  };
}

/** Everything the catalog API answers about entities, locations and their errors. */
export async function catalogAnswers(server: Server): Promise<string> {
  const get = getter(server);
  const answers = await Promise.all([
    get('/api/catalog/entities'),
    get('/api/catalog/entities/by-query?limit=10000'),
    get('/api/catalog/locations'),
    get(
      '/api/catalog/entity-facets?facet=metadata.name&facet=metadata.tags&facet=spec.type',
    ),
  ]);
  return answers.map(a => a.text).join('\n');
}

/** Every document of the search index (Lunr), page by page. */
export async function searchDocuments(server: Server): Promise<string> {
  const get = getter(server);
  const pages: string[] = [];
  let cursor: string | undefined = '';
  while (cursor !== undefined) {
    const res = await get(
      `/api/search/query?term=&pageCursor=${encodeURIComponent(cursor)}`,
    );
    if (res.status !== 200) {
      throw new Error(`GET /api/search/query answered ${res.status}`);
    }
    pages.push(res.text);
    cursor = JSON.parse(res.text).nextPageCursor;
  }
  return pages.join('\n');
}

/** Waits until the search index holds a document for `name`. */
export async function waitForSearchDocument(server: Server, name: string) {
  await eventually(`search document ${name}`, async () =>
    (await searchDocuments(server)).includes(name),
  );
}

/**
 * What the secrets and readiness backends answer, once readiness has
 * evaluated `evaluatedRef`.
 */
export async function stagecraftAnswers(
  server: Server,
  evaluatedRef: string,
): Promise<string> {
  const get = getter(server);
  await eventually(`readiness of ${evaluatedRef}`, async () => {
    await asUser(server).post('/api/readiness/evaluate');
    await new Promise(resolve => setTimeout(resolve, 500));
    const results = await get('/api/readiness/results?limit=500');
    return results.status === 200 && results.text.includes(evaluatedRef);
  });
  const answers = await Promise.all(
    [
      '/api/secrets/secrets',
      '/api/secrets/secrets/export.csv',
      '/api/readiness/results?limit=500',
      '/api/readiness/summary',
      '/api/readiness/results/export.csv',
      '/api/readiness/runs',
    ].map(async path => {
      const res = await get(path);
      if (res.status !== 200) {
        throw new Error(`GET ${path} answered ${res.status}`);
      }
      return res.text;
    }),
  );
  return answers.join('\n');
}

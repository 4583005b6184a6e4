import { APIRequestContext } from '@playwright/test';

const POLL_MS = 3_000;

async function pollUntilOk(
  request: APIRequestContext,
  path: string,
  token: string,
  deadline: number,
): Promise<number> {
  for (;;) {
    const response = await request.get(path, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.ok() || Date.now() > deadline) return response.status();
    await new Promise(resolve => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Waits until the backend has built every TechDocs site (packages/backend prebuilds them
 * about 20 s after start) and search has indexed the catalog and the docs (the docs
 * reader's search box and the search page ask for both). Before that a docs page shows
 * "being prepared" and the search box logs a 500, which would be startup, not dead ends.
 * Throws, naming what was still missing, once `limitMs` has passed.
 */
export async function waitForDocsAndSearch(
  request: APIRequestContext,
  token: string,
  sites: string[],
  limitMs: number,
): Promise<void> {
  const deadline = Date.now() + limitMs;
  const missing: string[] = [];
  const paths = [
    ...sites.map(site => `/api/techdocs/static/docs/${site}/index.html`),
    '/api/search/query?term=&types%5B0%5D=software-catalog',
    '/api/search/query?term=&types%5B0%5D=techdocs',
  ];
  for (const path of paths) {
    const status = await pollUntilOk(request, path, token, deadline);
    if (status >= 400) missing.push(`${path} (${status})`);
  }
  if (missing.length > 0) {
    throw new Error(
      `Still not ready after ${limitMs / 1000} s: ${missing.join(', ')}. ` +
        'Are mkdocs and mkdocs-material installed (scripts/ensure-mkdocs.sh)?',
    );
  }
}

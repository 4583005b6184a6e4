import { expect, test } from '@playwright/test';
import { signInAsGuest } from './portal';
import {
  entityPagePath,
  entityRef,
  guestToken,
  inPortalTypedLinks,
  listEntities,
  techDocsSites,
} from './crawl/catalogApi';
import { DeadLink, PortalCrawl } from './crawl/PortalCrawl';
import { openTab, visitPage } from './crawl/visitPage';
import { waitForDocsAndSearch } from './crawl/waitForDocs';

/**
 * Issue 18: no dead ends in the portal. Crawls every entity page of the example catalog,
 * every Stagecraft page, every in-portal link on them (tabs included) and every runbook,
 * rotation-guide and incident-response link in the catalog, and fails when one leads to an
 * HTTP error, a not-found page, a blank page or a page that logs a console error, or (for
 * those three link types) out of the portal or to an anchor the docs page lacks.
 * CRAWL_VERBOSE=1 prints each page's time and problems to stderr as it goes.
 */

/** The pages the sidebar and the app lead to (packages/app/src/modules/nav/Sidebar.tsx). */
const PORTAL_PAGES = [
  '/',
  '/catalog',
  '/catalog-graph',
  '/secrets',
  '/readiness',
  '/docs',
  '/search',
  '/notifications',
  '/settings',
  '/catalog-import',
];

/** Browser tabs that crawl at once (the CI machine has 2 cores, shared with the backend). */
const TABS = 3;
const MAX_PAGES = 3_000;
const DOCS_AND_SEARCH_LIMIT_MS = 5 * 60_000;

test('the portal has no dead ends', async ({ page, context, baseURL }) => {
  test.setTimeout(20 * 60_000);
  const started = Date.now();
  const portal = new URL(baseURL!);
  await signInAsGuest(page);
  const token = await guestToken(page.request);
  const entities = await listEntities(page.request, token);
  expect(entities.length, 'entities the guest can read').toBeGreaterThan(0);
  await waitForDocsAndSearch(
    page.request,
    token,
    techDocsSites(entities),
    DOCS_AND_SEARCH_LIMIT_MS,
  );

  if (process.env.CRAWL_VERBOSE) {
    // eslint-disable-next-line no-console
    console.error(
      `ready to crawl after ${Math.round((Date.now() - started) / 1000)} s`,
    );
  }
  const tabs = [await openTab(context)];
  for (let i = 1; i < TABS; i += 1) tabs.push(await openTab(context));

  // The crawl must see a dead end when there is one, reached through the app's router too.
  for (const [path, sign] of [
    ['/no-such-page', "the portal's not-found page"],
    ['/catalog/default/component/no-such-entity', 'entity not found'],
  ]) {
    await visitPage(tabs[0], new URL('/catalog', portal));
    const missing = await visitPage(tabs[0], new URL(path, portal));
    expect(missing.problems, path).toContain(sign);
  }

  const crawl = new PortalCrawl(portal, MAX_PAGES);
  for (const path of PORTAL_PAGES) crawl.add(path, 'the portal pages list');
  for (const entity of entities) {
    crawl.add(entityPagePath(entity), `the catalog API (${entityRef(entity)})`);
  }
  for (const link of inPortalTypedLinks(entities)) {
    crawl.add(link.url, link.declaredOn, { mustStayInPortal: true });
  }
  await crawl.run(tabs, page.request);

  const describe = (label: string) => (link: DeadLink) =>
    `  ${label}: ${link.link}\n    found on: ${
      link.foundOn
    }\n    why: ${link.why.join('; ')}`;
  const report = [
    `links_checked: ${crawl.linksChecked}`,
    `dead_links: ${crawl.dead.length}`,
    ...crawl.dead.map(describe('dead')),
    ...crawl.flaky.map(describe('flaky (dead once, fine when opened again)')),
  ].join('\n');
  // eslint-disable-next-line no-console
  console.log(report);
  // eslint-disable-next-line no-console
  console.error(`crawl took ${Math.round((Date.now() - started) / 1000)} s`);
  expect(crawl.dead, report).toEqual([]);
});

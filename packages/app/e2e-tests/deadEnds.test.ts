import { guestToken } from './crawl/catalogApi';
import { waitForDocsAndSearch } from './crawl/waitForDocs';
import { expect, test } from './portal';

/**
 * No dead ends: what the portal offers leads somewhere. The Graph page never opens on an
 * empty canvas, and "View TechDocs" is offered only where there are docs to view.
 */

test('the Graph page offers the guest, who is in no team, a place to start', async ({
  page,
}) => {
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Graph', exact: true })
    .click();
  await expect(page.getByText('Choose where the graph starts')).toBeVisible();
  const teams = page.getByRole('list', { name: 'Teams' });
  const systems = page.getByRole('list', { name: 'Systems' });
  await expect(teams.getByRole('link', { name: 'SRE' })).toBeVisible();
  await expect(
    systems.getByRole('link', { name: 'Notification ingestion' }),
  ).toBeVisible();
  await page.screenshot({ path: '.test-results/graph-chooser.png' });

  await page
    .getByLabel('Search teams, systems and domains')
    .fill('reviews platform');
  await expect(
    systems.getByRole('link', { name: 'Notification ingestion' }),
  ).toBeHidden();
  await systems.getByRole('link', { name: 'Reviews platform' }).click();

  // The graph, started at the chosen system: its own node and its parts'.
  await expect(page).toHaveURL(
    /rootEntityRefs%5B%5D=system%3Adefault%2Freviews/,
  );
  const graph = page.locator('svg').filter({ hasText: 'Reviews API' });
  await expect(graph.getByText('Reviews platform').first()).toBeVisible();
  await expect(graph.getByText('Reviews API').first()).toBeVisible();
  await page.screenshot({ path: '.test-results/graph-reviews.png' });
});

test('"View TechDocs" is on the About card only where there are docs', async ({
  page,
}) => {
  // The About card's icon links (View Source, View TechDocs) are the only ones so named.
  const main = page.getByRole('main');

  // A system with its own docs (backstage.io/techdocs-ref): the link opens them. Until
  // the backend has built them and indexed them for search (a minute or two after it
  // starts), the docs page says "being prepared" and its search box logs a 500.
  test.setTimeout(6 * 60_000);
  const token = await guestToken(page.request);
  await waitForDocsAndSearch(
    page.request,
    token,
    ['default/system/reviews'],
    5 * 60_000,
  );
  const reviewsDocs = /^\/docs\/default\/system\/reviews$/i;
  await page.goto('/catalog/default/system/reviews');
  await main.getByRole('link', { name: 'View TechDocs' }).click();
  await expect(page).toHaveURL(/\/docs\/default\/system\/reviews\/?$/i);
  await expect(
    page.getByRole('heading', { name: /Reviews runbooks/ }),
  ).toBeVisible();

  // A component whose docs are its system's (backstage.io/techdocs-entity).
  await page.goto('/catalog/default/component/reviews-api');
  await expect(
    main.getByRole('link', { name: 'View TechDocs' }),
  ).toHaveAttribute('href', reviewsDocs);

  // A database and a domain have no docs: no "View TechDocs" at all, live or greyed out.
  for (const path of [
    '/catalog/default/resource/reviews-aurora-cluster',
    '/catalog/default/domain/marketplace',
  ]) {
    await page.goto(path);
    await expect(main.getByText('View Source')).toBeVisible();
    await expect(main.getByText('View TechDocs')).toHaveCount(0);
  }
});

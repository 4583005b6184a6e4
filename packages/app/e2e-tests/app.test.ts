import { expect, test } from './portal';

test('the catalog page lists the example catalog', async ({ page }) => {
  await page.goto('/catalog');
  await expect(
    page.getByRole('heading', { name: 'Stagecraft Catalog' }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Event data pipeline' }).first(),
  ).toBeVisible();
  await page.screenshot({ path: '.test-results/catalog.png', fullPage: true });
});

test('an entity page renders with its relations graph', async ({ page }) => {
  await page.goto('/catalog/default/component/event-processor');
  await expect(
    page.getByRole('heading', { name: 'Event processor' }).first(),
  ).toBeVisible();
  const graph = page.locator('svg#dependency-graph');
  await expect(graph).toBeVisible();
  // The graph draws the entity itself and at least one related entity.
  await expect(graph.getByText('Event processor').first()).toBeVisible();
  await expect(graph.getByText('Raw events stream').first()).toBeVisible();
  await page.screenshot({ path: '.test-results/entity.png', fullPage: true });
});

import { Page } from '@playwright/test';
import { expect, test } from './portal';

/**
 * The tabs and cards each kind of entity page shows. On the new frontend system the plugins
 * place them (with app-config.yaml's `app.extensions` and the app's own modules); these
 * checks say that nothing the per-kind EntityPage files used to show went missing.
 */

/** The entity page's tabs, in order (they are links in the page header). */
async function expectTabs(page: Page, titles: string[]) {
  for (const title of titles) {
    await expect(
      page.getByRole('link', { name: title, exact: true }),
    ).toBeVisible();
  }
}

/** Cards (by their titles) in the page's main area, not the sidebar. */
async function expectCards(page: Page, titles: (string | RegExp)[]) {
  const main = page.getByRole('main');
  for (const title of titles) {
    await expect(
      main.getByText(title, { exact: typeof title === 'string' }).first(),
    ).toBeVisible();
  }
}

test('the sidebar leads to every page', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  for (const name of [
    'Catalog',
    'Graph',
    'Secrets',
    'Readiness',
    'Notifications',
    'Settings',
  ]) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await nav.getByRole('link', { name: 'Notifications', exact: true }).click();
  await expect(page.getByText(/Unread notifications/).first()).toBeVisible();
});

test('a pipeline component: overview cards and its tabs', async ({ page }) => {
  await page.goto('/catalog/default/component/event-data-pipeline');
  await expectTabs(page, [
    'Overview',
    'Pipeline',
    'Dependencies',
    'Blast radius',
  ]);
  await expectCards(page, [
    'About',
    'Relations',
    'Links',
    'On call',
    'Readiness',
    'Pipeline health',
    'Has subcomponents',
  ]);
  await page.getByRole('link', { name: 'Dependencies', exact: true }).click();
  await expectCards(page, [
    'Depends on components',
    'Depends on resources',
    'Dependency of components',
  ]);
});

test('a Lambda component: Stagecraft relations in its graph, secrets used, live metrics', async ({
  page,
}) => {
  await page.goto('/catalog/default/component/event-processor');
  await expectTabs(page, [
    'Overview',
    'Metrics',
    'Dependencies',
    'Blast radius',
  ]);
  await expectCards(page, ['Secrets used']);
  // The graph draws the pipelines' data-flow relations, not only Backstage's.
  const graph = page.locator('svg#dependency-graph');
  await expect(graph.getByText('writesTo').first()).toBeVisible();
  await page.getByRole('link', { name: 'Metrics', exact: true }).click();
  await expectCards(page, ['Live metrics']);
});

test('resources: a queue, a secret and a secret store', async ({ page }) => {
  await page.goto('/catalog/default/resource/reviews-moderation-queue');
  await expectCards(page, ['On call', 'Used by', 'Depends on resources']);

  // A resource's empty dependency cards speak of this entity, not "this component".
  await page.goto('/catalog/default/resource/reviews-aurora-cluster');
  await expectCards(page, ['Used by', /No component depends on this entity\./]);
  await expect(page.getByText(/this component\./)).toHaveCount(0);

  await page.goto('/catalog/default/resource/maps-geocoding-api-key');
  await expectCards(page, ['Remediation', 'Relations']);

  await page.goto('/catalog/default/resource/aws-secrets-manager-prod');
  await expectCards(page, ['Secrets kept here']);
});

test('a system: readiness summary, its parts and the Diagram tab', async ({
  page,
}) => {
  await page.goto('/catalog/default/system/reviews');
  await expectTabs(page, ['Overview', 'Diagram', 'Blast radius']);
  await expectCards(page, [
    'Operational readiness',
    'Has components',
    'Has resources',
  ]);
  await page.getByRole('link', { name: 'Diagram', exact: true }).click();
  await expectCards(page, ['System diagram']);
});

test('a group and a user: profile, ownership and members', async ({ page }) => {
  await page.goto('/catalog/default/group/data-platform-team');
  await expectCards(page, ['Ownership', /members \(\d+ of \d+\)/, 'Relations']);
  await page.goto('/catalog/default/user/chen.wei');
  await expectCards(page, ['Ownership', 'Relations', /chen\.wei@example\.com/]);
});

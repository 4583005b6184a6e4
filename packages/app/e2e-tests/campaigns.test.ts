import { expect, test } from './portal';

/**
 * Issue 17: the Cyber Week 2026 campaign (seeded from app-config.yaml) over the example
 * catalog: progress now, the burn-up, the rollup through engineering's teams, and an entity
 * that still owes a failover drill with its fix; the entity page's campaigns card says the same.
 */
test('a campaign page shows progress, burn-up, rollup and what an entity still owes', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1500 });
  await page.goto('/readiness/campaigns');
  await page.getByRole('link', { name: 'Cyber Week 2026' }).click();
  await expect(page).toHaveURL(/\/readiness\/campaigns\/cyber-week-2026$/);
  // The sidebar selects Campaigns alone, not Readiness above it too.
  const sidebar = page.getByRole('navigation', { name: 'sidebar nav' });
  await expect(
    sidebar.getByRole('link', { name: 'Campaigns', exact: true }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(
    sidebar.getByRole('link', { name: 'Readiness', exact: true }),
  ).not.toHaveAttribute('aria-current', 'page');

  await expect(
    page.getByRole('heading', { name: 'Cyber Week 2026' }),
  ).toBeVisible();
  await expect(page.getByText(/^\d+% done$/)).toBeVisible();
  await expect(
    page.getByText(/entities pass every required check/),
  ).toBeVisible();
  const burnUp = page.getByRole('img', { name: /^Burn-up chart: 1 day/ });
  await expect(burnUp).toBeVisible();
  // The axis runs to the deadline, which is marked, though the campaign has not reached it.
  await expect(burnUp.getByText('Deadline')).toBeVisible();
  await expect(burnUp.getByText('2026-12-18')).toBeVisible();

  const rollup = page.getByRole('table', { name: 'Progress by owning group' });
  const department = rollup.getByRole('row').filter({ hasText: 'Engineering' });
  await expect(department).toContainText('(with sub-groups)');
  await expect(
    rollup.getByRole('row').filter({ hasText: 'Data Platform Team' }),
  ).toBeVisible();

  const entities = page.getByRole('table', {
    name: 'Entities in the campaign',
  });
  const reco = entities
    .getByRole('row')
    .filter({ hasText: 'Recommendation API' });
  await expect(reco).toContainText(
    'the last failover or DR drill recorded was on 2026-08-14 (stagecraft.io/last-failover-drill)',
  );
  await expect(reco).toContainText('Fix: Run a failover or DR drill');
  // Its load test is dated in its link's URL, within the window: not owed.
  await expect(reco).not.toContainText('No load test');
  await page.screenshot({
    path: '.test-results/readiness-campaign.png',
    fullPage: true,
  });

  await page.goto('/catalog/default/component/recommendation-api');
  const card = page
    .locator('article, .MuiCard-root')
    .filter({ hasText: 'Readiness campaigns' })
    .first();
  await expect(
    card.getByRole('link', { name: 'Cyber Week 2026' }),
  ).toBeVisible();
  await expect(card).toContainText('still owes');
  await expect(card).toContainText('Failover or DR drill');
});

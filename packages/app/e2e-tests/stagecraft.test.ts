import { expect, test } from './portal';

test('the Secrets page lists every example secret with its compliance', async ({
  page,
}) => {
  await page.goto('/secrets');
  await expect(
    page.getByRole('heading', { name: /Secrets \(\d+\)/ }),
  ).toBeVisible();
  await expect(
    page.getByText('Team laptops (unapproved)').first(),
  ).toBeVisible();
  await expect(page.getByText('Non-compliant').first()).toBeVisible();
  await page.screenshot({ path: '.test-results/secrets.png', fullPage: true });
});

test('a pipeline shows its flow on simulated data', async ({ page }) => {
  await page.goto('/catalog/default/component/event-data-pipeline/pipeline');
  await expect(page.getByText('Simulated data.').first()).toBeVisible();
  await expect(page.getByText('Raw events stream').first()).toBeVisible();
  await page.screenshot({ path: '.test-results/pipeline.png', fullPage: true });
});

test('the readiness page renders', async ({ page }) => {
  await page.goto('/readiness');
  await expect(
    page.getByRole('heading', { name: /Readiness/ }).first(),
  ).toBeVisible();
  await page.screenshot({
    path: '.test-results/readiness.png',
    fullPage: true,
  });
});

test('a secret store shows its blast radius', async ({ page }) => {
  await page.goto(
    '/catalog/default/resource/aws-secrets-manager-prod/blast-radius',
  );
  await expect(page.getByText(/Breaks with it: \d+ entities/)).toBeVisible();
  await page.screenshot({
    path: '.test-results/blast-radius.png',
    fullPage: true,
  });
});

test('a system has a blast radius tab too', async ({ page }) => {
  await page.goto('/catalog/default/system/reviews');
  // The entity page's tabs are links in its header.
  await page.getByRole('link', { name: 'Blast radius', exact: true }).click();
  await expect(page).toHaveURL(/\/system\/reviews\/blast-radius$/);
  await expect(
    page.getByText(/Breaks with it: \d+ entit|Nothing in the catalog depends/),
  ).toBeVisible();
  await page.screenshot({
    path: '.test-results/blast-radius-system.png',
    fullPage: true,
  });
});

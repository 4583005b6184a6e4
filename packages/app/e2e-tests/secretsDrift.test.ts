import { Download, Page } from '@playwright/test';
import { expect, test } from './portal';

// The first run waits for the catalog to ingest the example stores.
test.describe.configure({ timeout: 240_000 });

/**
 * The secrets drift in the browser: the Secrets page's Drift tab, a store's coverage card and
 * a secret's rotation card, over the example catalog and the backend's simulated stores.
 */

/**
 * Opens the Drift tab and waits for its findings. Until the catalog has ingested the example
 * stores there is no drift to show (the backend reconciles again on the next request while
 * nothing is stored), so it reloads until there is.
 */
async function openDrift(page: Page, query = '') {
  await expect(async () => {
    await page.goto(`/secrets/drift${query}`);
    await expect(
      page.getByRole('heading', {
        name: /^Drift findings \(\d+( of \d+)?\)$/,
      }),
    ).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 150_000, intervals: [5_000] });
}

/** A download's text, read from Playwright's stream (a frontend package may not import fs). */
async function textOf(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const findingsHeading = (page: Page) =>
  page.getByRole('heading', { name: /^Drift findings/ });

test('the Drift tab: simulated stores, their status, counts, trend, filters in the URL and the CSV', async ({
  page,
}) => {
  await openDrift(page);
  await expect(page.getByRole('tab', { name: 'Drift' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const total = Number(
    /\((\d+)\)/.exec((await findingsHeading(page).textContent())!)![1],
  );
  expect(total).toBeGreaterThan(0);

  // Nothing is configured for the example stores: they are simulated, and say so.
  await expect(
    page.getByRole('note', { name: 'Simulated data' }),
  ).toContainText('read from a simulated stand-in, not the real store');
  const stores = page.getByRole('table', { name: 'Store status' });
  const smProd = stores.getByRole('row').filter({
    has: page.getByRole('link', { name: 'AWS Secrets Manager (prod)' }),
  });
  await expect(smProd.getByText('OK', { exact: true })).toBeVisible();
  await expect(smProd.getByText('Simulated')).toBeVisible();
  await expect(
    smProd.getByText(/^\d+ of \d+ items in the catalog$/),
  ).toBeVisible();

  // Counts per kind, and a line per kind in the trend.
  const shadowTile = page.getByRole('button', {
    name: /^Shadow \(not in the catalog\): \d+$/,
  });
  await expect(shadowTile).toBeVisible();
  await expect(
    page
      .getByRole('img', { name: /^Findings by kind per day/ })
      .locator('polyline'),
  ).toHaveCount(6);

  // A filter is kept in the URL and read back from it.
  await page.getByLabel('Kind', { exact: true }).selectOption('shadow');
  await expect(findingsHeading(page)).toHaveText(
    new RegExp(`^Drift findings \\(\\d+ of ${total}\\)$`),
  );
  await expect(page).toHaveURL(/[?&]kind=shadow/);
  const shadows = page
    .getByRole('row')
    .filter({ hasText: 'Shadow (not in the catalog)' });
  await expect(shadows.first()).toBeVisible();
  await page.screenshot({
    path: '.test-results/secrets-drift-shadow.png',
    fullPage: true,
  });
  await page.reload();
  await expect(page.getByLabel('Kind', { exact: true })).toHaveValue('shadow');
  await expect(findingsHeading(page)).toHaveText(/ of /);

  // The CSV holds the rows shown, in the drift export's columns.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Export CSV \(\d+\)$/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^secrets-drift-\d{4}-\d\d-\d\d-filtered\.csv$/,
  );
  const lines = (await textOf(download)).trim().split(/\r?\n/);
  expect(lines[0]).toBe(
    'store,provider,simulated,storeStatus,checkedAt,lastGoodAt,kind,severity,secret,item,evidence,fix',
  );
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(1)) {
    expect(line.split(',')[6]).toBe('shadow');
  }

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(findingsHeading(page)).toHaveText(`Drift findings (${total})`);
  // The page scrolls inside the app's frame, so a full-page screenshot needs a tall
  // window, opened at the top.
  await page.setViewportSize({ width: 1440, height: 1800 });
  await openDrift(page);
  await page.screenshot({ path: '.test-results/secrets-drift.png' });
});

test("a store's page shows its coverage, status and findings", async ({
  page,
}) => {
  await openDrift(page);
  await page
    .getByRole('table', { name: 'Store status' })
    .getByRole('link', { name: 'AWS Secrets Manager (prod)' })
    .click();
  await expect(page).toHaveURL(/\/resource\/aws-secrets-manager-prod$/);
  const card = page
    .getByRole('main')
    .locator('.MuiCard-root')
    .filter({ has: page.getByText('Store coverage', { exact: true }) });
  await expect(
    card.getByText(/^\d+ of \d+ items in the catalog$/),
  ).toBeVisible();
  await expect(card.getByText('OK', { exact: true })).toBeVisible();
  await expect(card.getByText('Simulated')).toBeVisible();
  await expect(card.getByText('Last checked')).toBeVisible();
  await expect(
    card.getByRole('heading', { name: /^Findings \(\d+\)$/ }),
  ).toBeVisible();
  await expect(card.getByText(/^Fix: /).first()).toBeVisible();
  await card.getByRole('link', { name: /findings on the Drift tab$/ }).click();
  await expect(page).toHaveURL(
    /\/secrets\/drift\?store=resource%3Adefault%2Faws-secrets-manager-prod$/,
  );
  await expect(findingsHeading(page)).toHaveText(/ of /);
  await page.goto('/catalog/default/resource/aws-secrets-manager-prod');
  await expect(card.getByText(/items in the catalog$/)).toBeVisible();
  await card.screenshot({
    path: '.test-results/secrets-store-coverage-card.png',
  });
  await page.screenshot({
    path: '.test-results/secrets-store-coverage.png',
    fullPage: true,
  });
});

test("a secret's page shows when it was last rotated and when it is next due", async ({
  page,
}) => {
  await openDrift(page, '?kind=rotation-overdue');
  await expect(findingsHeading(page)).toHaveText(/ of /);
  // The first overdue secret in the findings, opened from its link.
  const secretLink = page
    .getByRole('row')
    .filter({ hasText: 'Rotation overdue' })
    .first()
    .getByRole('link')
    .nth(1);
  const name = (await secretLink.textContent())!;
  await secretLink.click();
  await expect(page).toHaveURL(new RegExp(`/resource/${name}$`));

  const card = page
    .getByRole('main')
    .locator('.MuiCard-root')
    .filter({ has: page.getByText('Rotation', { exact: true }) });
  await expect(card.getByText('Last rotated')).toBeVisible();
  const nextDue = card.getByText(/^Overdue since .* \(\d+ days? ago\)$/);
  await expect(nextDue).toBeVisible();
  // Overdue is red.
  const color = await nextDue.evaluate(e => getComputedStyle(e).color);
  const [r, g, b] = color.match(/\d+/g)!.map(Number);
  expect(r).toBeGreaterThan(180);
  expect(g + b).toBeLessThan(150);
  await expect(card.getByText('Rotation enabled')).toBeVisible();
  await expect(card.getByText('Simulated')).toBeVisible();
  await expect(
    card.getByRole('heading', { name: /^Drift \(\d+\)$/ }),
  ).toBeVisible();
  // The info column scrolls on its own: a full-page screenshot cuts it at the viewport.
  await card.screenshot({ path: '.test-results/secret-rotation-card.png' });
  await page.screenshot({
    path: '.test-results/secret-rotation.png',
    fullPage: true,
  });
});

// app-config.e2e.yaml points the Vault reader at a port nothing listens on.
test.describe('with a Vault the backend cannot reach', () => {
  test('a store that cannot be read is unknown, not simulated, and its secrets say so', async ({
    page,
  }) => {
    await openDrift(page);
    const vault = page
      .getByRole('table', { name: 'Store status' })
      .getByRole('row')
      .filter({
        has: page.getByRole('link', { name: 'HashiCorp Vault (prod)' }),
      });
    await expect(
      vault.getByText(/^Unknown, (last good at .*|never read): .+/),
    ).toBeVisible();
    // The problem names what failed once ("Failed reading …"), not "failed: Failed reading".
    await expect(vault.getByText(/never read: Failed reading/)).toBeVisible();
    await expect(vault.getByText('Simulated')).toHaveCount(0);
    await expect(vault.getByText('OK', { exact: true })).toHaveCount(0);
    await page
      .getByRole('table', { name: 'Store status' })
      .screenshot({ path: '.test-results/secrets-drift-unknown-stores.png' });

    await page.goto('/catalog/default/resource/hashicorp-vault-prod');
    await expect(
      page.getByText(/^Unknown, (last good at .*|never read): .+/),
    ).toBeVisible();
    await page.screenshot({
      path: '.test-results/secrets-store-unknown.png',
      fullPage: true,
    });

    // A secret kept there: its rotation card says the store is unknown.
    await page.goto('/catalog/default/resource/secret-rotator-vault-approle');
    await expect(
      page.getByText(/^Store unknown, (last good at .*|never read)/),
    ).toBeVisible();
  });
});

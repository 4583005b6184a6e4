import { expect, test } from './portal';

/**
 * Issue 17: an entity's capacity against its expected peak. The event data pipeline
 * declares 3,000 records/s of 1 KB; without AWS config the configuration is simulated (and
 * says so), and its event processor reserves too little concurrency for that peak. The
 * capacity card shows the arithmetic, and the readiness card's capacity check repeats it.
 */
test('an entity page shows a capacity failure with its arithmetic, in the capacity card and the readiness check', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1600, height: 1600 });
  const card = page.getByTestId('capacity-report');
  // The catalog may still be reading the example when the portal starts.
  await expect(async () => {
    await page.goto('/catalog/default/component/event-data-pipeline');
    await expect(card).toBeVisible({ timeout: 15_000 });
  }).toPass({ timeout: 90_000 });
  await expect(card).toHaveAttribute('data-source', 'simulated');
  await expect(
    page.getByText('Simulated ·', { exact: true }).first(),
  ).toBeVisible();
  await expect(
    page.getByText(
      'Expected peak 3,000 records/s of 1,024 B, with 1.2× headroom',
    ),
  ).toBeVisible();
  const processor = card
    .getByTestId('capacity-check')
    .filter({ hasText: 'Lambda event-processor-prod:' });
  await expect(processor.locator('[data-verdict]')).toHaveAttribute(
    'data-verdict',
    'fail',
  );
  await expect(processor).toContainText(
    /Lambda event-processor-prod: needs [\d,]+ concurrent executions at 3,000 records\/s × [\d,]+ ms p99 ÷ batch size \d+ × 1\.2 headroom; reserved \d+/,
  );
  await expect(processor).toContainText(
    /Reserve at least [\d,]+ concurrent executions for event-processor-prod/,
  );
  // Something passes too: the streams are on-demand.
  await expect(card.locator('[data-verdict="pass"]').first()).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: '.test-results/capacity-card.png',
    clip: await card
      .locator('xpath=ancestor::div[contains(@class,"MuiCard-root")]')
      .boundingBox()
      .then(box => ({
        x: box!.x - 8,
        y: box!.y - 8,
        width: box!.width + 16,
        height: box!.height + 16,
      })),
  });

  // The readiness check shows the same arithmetic once evaluated.
  const readiness = page
    .locator('.MuiCard-root')
    .filter({ has: page.getByRole('button', { name: 'Check now' }) });
  await readiness.getByRole('button', { name: 'Check now' }).click();
  await expect(readiness).toContainText('Capacity at expected peak', {
    timeout: 60_000,
  });
  // One capacity check a line: the reason holds line breaks.
  await expect(readiness).toContainText(
    /Simulated: [\s\S]*Lambda event-processor-prod: needs [\d,]+ concurrent executions at 3,000 records\/s/,
  );
  await readiness.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: '.test-results/capacity-readiness.png',
    fullPage: true,
  });
});

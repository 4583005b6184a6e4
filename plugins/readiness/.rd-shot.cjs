const { chromium } = require('playwright-core');
(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  const errors = [];
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', e => errors.push(e.message));
  await page.goto('http://localhost:3103/', { timeout: 120000 });
  const enter = page.getByRole('button', { name: 'Enter' });
  if (await enter.isVisible({ timeout: 15000 }).catch(() => false)) await enter.click();
  await page.waitForTimeout(2000);
  await page.goto('http://localhost:3103/readiness', { timeout: 120000 });
  await page.getByText(/^Entities \(/).first().waitFor({ timeout: 120000 });
  await page.waitForTimeout(3000);
  await page.screenshot({ path: 'docs/readiness-page.png', fullPage: true });
  await page.goto('http://localhost:3103/catalog/default/component/event-replayer', { timeout: 120000 });
  await page.getByText('Operational readiness').first().waitFor({ timeout: 120000 });
  await page.getByText(/checks pass/).first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(3000);
  await page.screenshot({ path: 'docs/lambda-entity-page.png', fullPage: true });
  console.log('errors:', JSON.stringify(errors, null, 1));
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });

const { chromium } = require('playwright-core');
(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 2400 } });
  const errors = [];
  page.on('console', m => { if (m.type() === 'error' && !m.text().startsWith('Warning:')) errors.push(m.text().slice(0, 300)); });
  page.on('pageerror', e => errors.push(e.message));
  await page.goto('http://localhost:3103/', { timeout: 120000 });
  const enter = page.getByRole('button', { name: 'Enter' });
  if (await enter.isVisible({ timeout: 15000 }).catch(() => false)) await enter.click();
  await page.waitForTimeout(2000);
  await page.goto('http://localhost:3103/readiness', { timeout: 120000 });
  await page.getByText(/^Entities \(/).first().waitFor({ timeout: 120000 });
  await page.waitForTimeout(4000);
  await page.screenshot({ path: 'docs/readiness-page.png' });
  await page.setViewportSize({ width: 1440, height: 1300 });
  await page.goto('http://localhost:3103/catalog/default/component/event-replayer', { timeout: 120000 });
  await page.getByText(/checks pass/).first().waitFor({ timeout: 120000 });
  await page.waitForTimeout(4000);
  await page.screenshot({ path: 'docs/lambda-entity-page.png' });
  await page.goto('http://localhost:3103/catalog/default/component/event-processor', { timeout: 120000 });
  await page.getByText(/checks pass/).first().waitFor({ timeout: 120000 });
  await page.waitForTimeout(4000);
  await page.screenshot({ path: '/tmp/rd-event-processor.png' });
  await page.goto('http://localhost:3103/catalog/default/system/event-data-platform', { timeout: 120000 });
  await page.waitForTimeout(8000);
  await page.screenshot({ path: '/tmp/rd-system.png' });
  await page.goto('http://localhost:3103/catalog/default/resource/notification-whatsapp-queue', { timeout: 120000 });
  await page.waitForTimeout(8000);
  await page.screenshot({ path: '/tmp/rd-queue.png' });
  console.log('errors:', JSON.stringify(errors, null, 1));
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });

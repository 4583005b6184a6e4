const { chromium } = require('playwright-core');
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const page = await browser.newPage({ viewport: { width: 1440, height: 1300 } });
  await page.goto('http://localhost:3103/', { timeout: 120000 });
  const enter = page.getByRole('button', { name: 'Enter' });
  if (await enter.isVisible({ timeout: 15000 }).catch(() => false)) await enter.click();
  await page.waitForTimeout(2000);
  await page.goto('http://localhost:3103/catalog/default/component/event-replayer', { timeout: 120000 });
  const el = page.getByText(/^No alarms or monitors declared/).first();
  await el.waitFor({ timeout: 120000 });
  const info = await el.evaluate(node => {
    const out = [];
    let n = node;
    for (let i = 0; i < 12 && n; i++) {
      const cs = getComputedStyle(n);
      out.push(`${n.tagName}.${(n.className || '').toString().slice(0, 60)} ws=${cs.whiteSpace} w=${n.getBoundingClientRect().width.toFixed(0)} ov=${cs.overflow} tov=${cs.textOverflow} minw=${cs.minWidth} flex=${cs.flex}`);
      n = n.parentElement;
    }
    return out.join('\n');
  });
  console.log(info);
  await browser.close();
})();

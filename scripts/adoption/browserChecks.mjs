// Browser checks of the adoption test (scripts/adoption-test.sh): in headless Chromium,
// signs in as guest to the freshly scaffolded portal and checks that every Stagecraft
// frontend plugin appears there, as installed from its tarball.
//
//   node scripts/adoption/browserChecks.mjs <base url> <screenshot dir>
//
// Prints one line per check and a final "N passed, N failed" line; exits 1 on a failure.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../chromium.cjs';

const [baseUrl = 'http://localhost:7017', outDir = '.test-results/adoption'] =
  process.argv.slice(2);
mkdirSync(outDir, { recursive: true });

const TIMEOUT = 30_000;

const browser = await chromium.launch({
  ...chromiumLaunchOptions,
  headless: true,
});
const context = await browser.newContext({
  baseURL: baseUrl,
  viewport: { width: 1400, height: 1000 },
});
context.setDefaultTimeout(TIMEOUT);
const page = await context.newPage();

const errors = [];
page.on('pageerror', error => errors.push(`uncaught: ${error.message}`));
page.on('console', message => {
  if (message.type() === 'error') errors.push(`console: ${message.text()}`);
});
page.on('response', response => {
  if (response.status() >= 400) {
    errors.push(`HTTP ${response.status()}: ${response.url()}`);
  }
});

/** A tab of an entity page (a tab in the new frontend system, or a link). */
const tab = name =>
  page
    .getByRole('tab', { name, exact: true })
    .or(page.getByRole('link', { name, exact: true }))
    .first();

async function visible(locator, what) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: TIMEOUT });
  } catch {
    throw new Error(`not visible: ${what}`);
  }
}

/** Opens `/catalog/default/<kind>/<name>`, then its tab `title`, which lives at `.../<path>`. */
async function openEntityTab(kind, name, title, path) {
  await page.goto(`/catalog/default/${kind}/${name}`);
  await visible(tab(title), `the "${title}" tab`);
  await tab(title).click();
  await page.waitForURL(new RegExp(`/${name}/${path}$`));
}

const checks = [
  {
    name: 'sign in as guest',
    shot: 'sign-in',
    async run() {
      await page.goto('/');
      const enter = page.getByRole('button', { name: 'Enter' });
      const catalog = page.getByRole('link', { name: 'Catalog', exact: true });
      await visible(enter.or(catalog), 'the sign-in page or the sidebar');
      if (await enter.isVisible()) await enter.click();
      await visible(catalog, 'the Catalog link of the sidebar');
    },
  },
  {
    name: 'Secrets review page (/secrets)',
    shot: 'secrets',
    async run() {
      await page.goto('/secrets');
      await visible(
        page.getByRole('heading', { name: /Secrets \(\d+\)/ }),
        'heading "Secrets (N)"',
      );
      await visible(
        page.getByText('Team laptops (unapproved)'),
        'the unapproved store of the example catalog',
      );
      await visible(page.getByText('Non-compliant'), 'a "Non-compliant" row');
    },
  },
  {
    name: "a secret's overview card",
    shot: 'secret-overview-card',
    async run() {
      await page.goto(
        '/catalog/default/resource/storefront-session-jwt-signing-key',
      );
      await visible(
        page.getByText('Storefront session JWT signing key'),
        "the secret's title",
      );
      await visible(page.getByText('Remediation'), 'the card\'s "Remediation"');
      await visible(
        page.getByText('Owner on call'),
        'the card\'s "Owner on call"',
      );
    },
  },
  {
    name: 'a pipeline tab with its simulated-data notice',
    shot: 'pipeline',
    async run() {
      await openEntityTab(
        'component',
        'event-data-pipeline',
        'Pipeline',
        'pipeline',
      );
      await visible(
        page.getByText('Simulated data.'),
        'the simulated-data notice',
      );
      await visible(page.getByText('Raw events stream'), 'a stage of the flow');
    },
  },
  {
    name: 'readiness page (/readiness)',
    shot: 'readiness',
    async run() {
      await page.goto('/readiness');
      await visible(
        page.getByRole('heading', { name: /Readiness/ }),
        'a "Readiness" heading',
      );
    },
  },
  {
    name: 'a blast radius tab',
    shot: 'blast-radius',
    async run() {
      await openEntityTab(
        'resource',
        'aws-secrets-manager-prod',
        'Blast radius',
        'blast-radius',
      );
      await visible(
        page.getByText(/Breaks with it: \d+ entit/),
        '"Breaks with it: N entities"',
      );
    },
  },
];

let passed = 0;
let failed = 0;
for (const check of checks) {
  const started = Date.now();
  errors.length = 0;
  let failure;
  try {
    await check.run();
    // let lazy cards settle before the screenshot
    await page
      .waitForLoadState('networkidle', { timeout: 5_000 })
      .catch(() => {});
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  const shot = join(outDir, `${check.shot}.png`);
  await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failure) {
    failed += 1;
    console.log(
      `✘ ${check.name} (${seconds} s): ${failure} [${shot}, at ${page.url()}]`,
    );
  } else {
    passed += 1;
    console.log(`✔ ${check.name} (${seconds} s) [${shot}]`);
  }
  for (const error of errors) console.log(`    ${error.slice(0, 300)}`);
}

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

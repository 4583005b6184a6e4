import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { chromium, type Route } from '@playwright/test';
import { REVIEWER, REVIEWER_AUTHORIZATION } from './reviewApi';

const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'packages/app/dist');
/** The origins the built app is configured with (app-config.yaml). */
const APP_ORIGIN = 'http://localhost:3000';
const BACKEND_ORIGIN = 'http://localhost:7007';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(
      newest,
      entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs,
    );
  }
  return newest;
}

/**
 * A copy of the built frontend, built first when missing or older than the
 * secrets plugin's sources. Both under `/tmp/e2e.lock`, which the browser
 * checks hold while they build and serve the same folder.
 */
export function builtApp(): string {
  const copy = mkdtempSync(join(tmpdir(), 'review-page-app-'));
  const stale =
    !existsSync(join(DIST, 'index.html')) ||
    (process.env.BENCH_BUILD !== '0' &&
      statSync(join(DIST, 'index.html')).mtimeMs <
        newestMtime(join(ROOT, 'plugins/secrets/src')));
  const script = `${
    stale ? './yarn workspace app build > /dev/null && ' : ''
  }cp -r packages/app/dist/. "${copy}"`;
  console.error(
    stale
      ? 'building the frontend (under /tmp/e2e.lock)'
      : 'copying the built frontend',
  );
  execFileSync('flock', ['/tmp/e2e.lock', 'bash', '-c', script], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  return copy;
}

/** A token the frontend reads (it does not check the signature); the bench backend is told who it is. */
function guestToken(): string {
  const part = (value: object) =>
    Buffer.from(JSON.stringify(value)).toString('base64url');
  const exp = Math.floor(Date.now() / 1000) + 3600;
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({
    sub: REVIEWER,
    ent: [REVIEWER],
    exp,
  })}.sig`;
}

export type PageFigures = {
  interactiveMs: number;
  filterMs: number;
  bytes: number;
  apiBytes: number;
  requests: number;
  shownTitle: string;
};

/**
 * Loads the real Review page in headless Chromium: the built app from
 * `appDir`, the secrets API from the bench backend, sign-in and permission
 * answers (the reviewer is allowed) stood in at the browser's boundary.
 * Measures from navigation to the first rows and counts on screen, then one
 * filter.
 */
export async function measureReviewPage(
  appDir: string,
  secretsApiBase: string,
): Promise<PageFigures> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  let bytes = 0;
  let apiBytes = 0;
  let requests = 0;
  const fulfill = async (route: Route, body: Buffer | string, type: string) => {
    const size = Buffer.byteLength(body);
    bytes += size;
    requests += 1;
    await route.fulfill({ status: 200, contentType: type, body });
  };
  try {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
    });
    await context.routeWebSocket(/.*/, ws => ws.close());
    await context.route('**/*', async route => {
      const url = new URL(route.request().url());
      if (url.origin === APP_ORIGIN) {
        const file = join(appDir, url.pathname);
        const path =
          existsSync(file) && statSync(file).isFile()
            ? file
            : join(appDir, 'index.html');
        const size = statSync(path).size;
        bytes += size;
        requests += 1;
        await route.fulfill({ path });
        return;
      }
      if (url.origin !== BACKEND_ORIGIN) {
        await route.abort();
        return;
      }
      if (url.pathname.startsWith('/api/secrets/')) {
        const res = await fetch(
          `${secretsApiBase}${url.pathname.slice('/api/secrets'.length)}${
            url.search
          }`,
          { headers: { authorization: REVIEWER_AUTHORIZATION } },
        );
        const body = Buffer.from(await res.arrayBuffer());
        apiBytes += body.byteLength;
        bytes += body.byteLength;
        requests += 1;
        await route.fulfill({
          status: res.status,
          contentType: res.headers.get('content-type') ?? 'application/json',
          body,
        });
        return;
      }
      if (url.pathname === '/api/permission/authorize') {
        const { items } = JSON.parse(route.request().postData() ?? '{}');
        await fulfill(
          route,
          JSON.stringify({
            items: (items ?? []).map((item: { id: string }) => ({
              id: item.id,
              result: 'ALLOW',
            })),
          }),
          'application/json',
        );
        return;
      }
      if (url.pathname.startsWith('/api/auth/guest/refresh')) {
        await fulfill(
          route,
          JSON.stringify({
            profile: { displayName: 'Bench reviewer' },
            providerInfo: {},
            backstageIdentity: {
              token: guestToken(),
              expiresInSeconds: 3600,
              identity: {
                type: 'user',
                userEntityRef: REVIEWER,
                ownershipEntityRefs: [REVIEWER],
              },
            },
          }),
          'application/json',
        );
        return;
      }
      await route.fulfill({
        status: 404,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { name: 'NotFoundError', message: 'Not in the bench' },
        }),
      });
    });

    // Sign in once (not measured), as a returning user would be.
    const page = await context.newPage();
    await page.goto(`${APP_ORIGIN}/`);
    const enter = page.getByRole('button', { name: 'Enter' });
    const signedIn = page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Catalog', exact: true });
    await enter.or(signedIn).first().waitFor({ timeout: 60_000 });
    if (await enter.isVisible()) {
      await enter.click();
    }
    await signedIn.waitFor({ timeout: 60_000 }).catch(async error => {
      await page.screenshot({ path: '/tmp/review-page-signin.png' });
      throw error;
    });

    bytes = 0;
    apiBytes = 0;
    requests = 0;
    const started = Date.now();
    await page.goto(`${APP_ORIGIN}/secrets`);
    const title = page.getByText(/^Secrets \(\d+\)$/);
    await title.waitFor({ timeout: 120_000 });
    await page.locator('tbody tr td a').first().waitFor();
    await page.getByLabel(/^Non-compliant: \d+$/).waitFor();
    const interactiveMs = Date.now() - started;
    const shownTitle = (await title.textContent()) ?? '';
    const loaded = { bytes, apiBytes, requests };

    const filterStarted = Date.now();
    await page
      .getByLabel('Compliance', { exact: true })
      .selectOption('non-compliant');
    await page
      .getByText(/^Secrets \(\d+ of \d+\)$/)
      .waitFor({ timeout: 60_000 });
    const filterMs = Date.now() - filterStarted;
    if (process.env.BENCH_SCREENSHOT) {
      await page.screenshot({
        path: process.env.BENCH_SCREENSHOT,
        fullPage: true,
      });
    }
    return { interactiveMs, filterMs, shownTitle, ...loaded };
  } finally {
    await browser.close();
  }
}

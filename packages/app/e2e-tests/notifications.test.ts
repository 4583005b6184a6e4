import { APIRequestContext, Page } from '@playwright/test';
// The browser checks run in Node: the test serves the entity it changes.
// eslint-disable-next-line no-restricted-imports
import { createServer, Server } from 'http';
import { expect, test } from './portal';
import { guestToken } from './crawl/catalogApi';

/**
 * Issue 16: a readiness check that starts failing, or recovers, notifies the entity's
 * owner, who sees it on the notifications page (and the bell), and can switch the topic
 * off in Settings → Notifications. The test serves a service owned by the guest user at
 * localhost:7091 (allowed in app-config.e2e.yaml), registers it in the catalog, and changes
 * it: its runbook link goes, then comes back.
 */

const PORT = 7091;
const NAME = 'e2e-notified-service';
const REF = `component:default/${NAME}`;
const TITLE = 'E2E notified service';
const FAILING = `${TITLE}: readiness check "Runbook" is failing`;
const RECOVERED = `${TITLE}: readiness check "Runbook" passes again`;

function serviceYaml(withRunbook: boolean) {
  return `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${NAME}
  title: ${TITLE}
  description: Registered by the notifications browser check; removed when it ends.
${
  withRunbook
    ? `  links:
    - url: https://wiki.example.com/${NAME}/runbook
      title: Runbook
      type: runbook
`
    : ''
}spec:
  type: service
  lifecycle: production
  owner: user:development/guest
`;
}

let yaml = serviceYaml(true);
let server: Server;

test.beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/yaml' });
    res.end(yaml);
  });
  await new Promise<void>(resolve => server.listen(PORT, 'localhost', resolve));
});

test.afterAll(async () => {
  await new Promise(resolve => server.close(resolve));
});

/** Settings → Notifications: opens the Readiness origin's topics; returns the runbook topic's row. */
async function showReadinessTopics(page: Page) {
  const readinessOrigin = page.getByRole('row', { name: /Readiness all/ });
  const runbookTopic = page.getByRole('row', {
    name: 'Readiness runbook',
    exact: true,
  });
  await expect(readinessOrigin).toBeVisible();
  const expand = readinessOrigin.getByRole('button', { name: 'expand row' });
  try {
    // The card may still be loading when first pressed: press until the topics show.
    await expect(async () => {
      if (!(await runbookTopic.isVisible())) {
        await expand.focus();
        await page.keyboard.press('Enter');
      }
      await expect(runbookTopic).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
  } catch (error) {
    await page.screenshot({
      path: '.test-results/notification-settings-failed.png',
      fullPage: true,
    });
    const table = await page.locator('table').last().innerHTML();
    throw new Error(`The Readiness topics did not show: ${table}`, {
      cause: error,
    });
  }
  return runbookTopic;
}

class PortalApi {
  constructor(
    private readonly request: APIRequestContext,
    private readonly token: string,
  ) {}

  private get headers() {
    return { authorization: `Bearer ${this.token}` };
  }

  async registerLocation(): Promise<string> {
    const response = await this.request.post('/api/catalog/locations', {
      headers: this.headers,
      data: {
        type: 'url',
        target: `http://localhost:${PORT}/${NAME}.yaml`,
      },
    });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()).location.id;
  }

  /**
   * Marks the notifications about the service read: they link to it, and it is removed
   * when the test ends (the notifications page lists unread ones first).
   */
  async markNotificationsRead() {
    const response = await this.request.get(
      `/api/notifications/notifications?search=${encodeURIComponent(TITLE)}`,
      { headers: this.headers },
    );
    const ids = ((await response.json()).notifications ?? []).map(
      (n: { id: string }) => n.id,
    );
    if (ids.length > 0) {
      await this.request.post('/api/notifications/notifications/update', {
        headers: this.headers,
        data: { ids, read: true },
      });
    }
  }

  async deleteLocation(id: string) {
    await this.request.delete(`/api/catalog/locations/${id}`, {
      headers: this.headers,
    });
  }

  /** Waits until the catalog serves the service with, or without, its runbook link. */
  async waitForService(withRunbook: boolean) {
    await expect
      .poll(
        async () => {
          await this.request.post('/api/catalog/refresh', {
            headers: this.headers,
            data: { entityRef: REF },
          });
          const response = await this.request.get(
            `/api/catalog/entities/by-name/component/default/${NAME}`,
            { headers: this.headers },
          );
          if (!response.ok()) return 'not in the catalog yet';
          const links: { type?: string }[] =
            (await response.json()).metadata.links ?? [];
          return links.some(link => link.type === 'runbook');
        },
        { timeout: 60_000, intervals: [1_000] },
      )
      .toBe(withRunbook);
  }

  /** Evaluates the service's readiness now, as its "Evaluate" button does. */
  async evaluate() {
    const response = await this.request.post(
      `/api/readiness/entities/component/default/${NAME}/evaluate`,
      { headers: this.headers },
    );
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()) as {
      checks: { checkId: string; status: string }[];
    };
  }
}

/**
 * Serves the service with, or without, its runbook link, waits until the catalog has it and
 * evaluates the service's readiness: returns the runbook check's status.
 */
async function runbookStatusWhen(api: PortalApi, withRunbook: boolean) {
  yaml = serviceYaml(withRunbook);
  await api.waitForService(withRunbook);
  const result = await api.evaluate();
  return result.checks.find(c => c.checkId === 'runbook')?.status;
}

test('a readiness check that starts failing and recovers notifies the owner, who sees it on the notifications page', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const api = new PortalApi(page.request, await guestToken(page.request));
  yaml = serviceYaml(true);
  const location = await api.registerLocation();
  try {
    // First sighting: the runbook check passes, which is recorded without a notification.
    expect(await runbookStatusWhen(api, true)).toBe('pass');

    // The runbook link goes: the guest, who owns the service, is notified.
    expect(await runbookStatusWhen(api, false)).toBe('fail');

    await page.goto('/notifications');
    const failing = page.getByText(FAILING);
    await expect(failing).toBeVisible();
    await expect(failing).toHaveCount(1);
    // The bell in the sidebar counts it among the unread.
    await expect(
      page
        .getByRole('navigation', { name: 'sidebar nav' })
        .getByRole('link', { name: /Notifications/ }),
    ).toBeVisible();
    await page.screenshot({
      path: '.test-results/notifications-failing.png',
      fullPage: true,
    });

    // Its link leads to the service's page, where the Readiness card shows the fix.
    await failing.click();
    await expect(page).toHaveURL(
      new RegExp(`/catalog/default/component/${NAME}$`),
    );

    // The link comes back: the same notification now says it passes again.
    await runbookStatusWhen(api, true);
    await page.goto('/notifications');
    await expect(page.getByText(RECOVERED)).toBeVisible();
    await expect(page.getByText(FAILING)).toHaveCount(0);
    await page.screenshot({
      path: '.test-results/notifications-recovered.png',
      fullPage: true,
    });

    // Settings → Notifications: Readiness, with a switch per check topic.
    await page.goto('/settings/notifications');
    const runbookTopic = await showReadinessTopics(page);
    await expect(
      page.getByRole('row', { name: /Readiness monitors/ }),
    ).toBeVisible();
    await page.screenshot({
      path: '.test-results/notification-settings.png',
      fullPage: true,
    });

    // The guest turns the runbook topic off: the next runbook failure is not shown.
    const runbookSwitch = runbookTopic.getByRole('switch');
    await expect(runbookSwitch).toBeChecked();
    await runbookSwitch.click({ force: true });
    await expect(runbookSwitch).not.toBeChecked();
    try {
      expect(await runbookStatusWhen(api, false)).toBe('fail');
      await page.goto('/notifications');
      await expect(page.getByText(RECOVERED)).toBeVisible();
      await expect(page.getByText(FAILING)).toHaveCount(0);
    } finally {
      // Back on, for whoever signs in as the guest next.
      await page.goto('/settings/notifications');
      const again = (await showReadinessTopics(page)).getByRole('switch');
      await again.click({ force: true });
      await expect(again).toBeChecked();
    }
  } finally {
    await api.markNotificationsRead();
    await api.deleteLocation(location);
  }
});

import { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from './portal';
import { guestToken } from './crawl/catalogApi';

/**
 * Issue 17 §4: an exemption from request to expiry, as the guest (who may approve, and may
 * decide their own requests in the local portal). event-replayer fails its Monitors check in
 * the example catalog; the guest requests an exemption through the entity card's dialog,
 * approves it on the Exemptions page and sees the check exempt and the score up; then a
 * second exemption, requested through the API to lapse in 20 s, is approved, shown, and
 * after its expiry the check fails again and the exemption reads expired. Whatever the test
 * leaves requested or approved is withdrawn, so it can run again on the same backend.
 */

const REF = 'component:default/event-replayer';
const ENTITY_PAGE = '/catalog/default/component/event-replayer';
const EXEMPTIONS_PAGE = `/readiness/exemptions?entity=${encodeURIComponent(
  REF,
)}&check=monitors`;

/** The readiness backend's exemption routes, called with the guest's token. */
class ExemptionsApi {
  constructor(
    private readonly request: APIRequestContext,
    private readonly token: string,
  ) {}

  private get headers() {
    return { authorization: `Bearer ${this.token}` };
  }

  async list(): Promise<Array<{ id: string; state: string }>> {
    const response = await this.request.get(
      `/api/readiness/exemptions?entityRef=${encodeURIComponent(
        REF,
      )}&checkId=monitors`,
      { headers: this.headers },
    );
    expect(response.ok()).toBe(true);
    return (await response.json()).items;
  }

  async post(path: string, body: object) {
    const response = await this.request.post(`/api/readiness${path}`, {
      headers: this.headers,
      data: body,
    });
    expect(response.ok(), await response.text()).toBe(true);
    return response.json();
  }

  /** Evaluates event-replayer now, so its card has a result before the schedule's first run. */
  async evaluate() {
    const response = await this.request.post(
      '/api/readiness/entities/component/default/event-replayer/evaluate',
      { headers: this.headers },
    );
    expect(response.ok(), await response.text()).toBe(true);
  }

  /** Withdraws every requested or approved exemption of event-replayer's Monitors. */
  async withdrawOpen() {
    for (const exemption of await this.list()) {
      if (['requested', 'approved'].includes(exemption.state)) {
        await this.post(`/exemptions/${exemption.id}/withdraw`, {});
      }
    }
  }
}

async function readinessCard(page: Page): Promise<Locator> {
  await page.goto(ENTITY_PAGE);
  const card = page
    .locator('article, .MuiCard-root')
    .filter({ has: page.getByRole('button', { name: 'Check now' }) })
    .first();
  await expect(card.getByText('Monitors', { exact: true })).toBeVisible();
  return card;
}

async function scoreOf(card: Locator): Promise<number> {
  const gauge = card.getByLabel(/^Readiness score \d+ out of 100$/);
  const label = await gauge.getAttribute('aria-label');
  return Number(label!.match(/\d+/)![0]);
}

const monitorsOf = (card: Locator) =>
  card
    .getByRole('listitem')
    .filter({ has: card.page().getByText('Monitors', { exact: true }) });

const exemptionRow = (page: Page) =>
  page.getByRole('row', { name: `${REF} Monitors` });

test('an exemption from request through approval to expiry', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1600, height: 1200 });
  const api = new ExemptionsApi(page.request, await guestToken(page.request));
  // A fresh backend may not have read the example catalog yet.
  await expect(() => api.evaluate()).toPass({ timeout: 120_000 });
  await api.withdrawOpen();

  // Failing, with a Request exemption action.
  let card = await readinessCard(page);
  const failingScore = await scoreOf(card);
  await expect(
    monitorsOf(card).getByRole('img', { name: 'Failed', exact: true }),
  ).toBeVisible();
  await monitorsOf(card)
    .getByRole('button', { name: 'Request exemption' })
    .click();
  const dialog = page.getByRole('dialog', {
    name: 'Request an exemption from Monitors',
  });
  await dialog
    .getByLabel(/^Reason/)
    .fill('Alarms move to the new observability account in January');
  await dialog.getByRole('button', { name: 'Request exemption' }).click();
  await expect(dialog).toBeHidden();
  await expect(monitorsOf(card)).toContainText(
    /Exemption until \d{4}-\d{2}-\d{2} requested, awaiting approval/,
  );

  // Approved on the Exemptions page, with a comment in the audit trail.
  await page.goto(EXEMPTIONS_PAGE);
  const requested = exemptionRow(page).filter({ hasText: 'Awaiting approval' });
  await requested.getByRole('button', { name: 'Approve' }).click();
  const decision = page.getByRole('dialog', {
    name: 'Approve the exemption from Monitors',
  });
  await decision.getByLabel('Comment').fill('Fine until the migration');
  await decision.getByRole('button', { name: 'Approve' }).click();
  const approved = exemptionRow(page).filter({ hasText: 'Approved' });
  await expect(approved).toContainText('Fine until the migration');
  await approved.getByRole('button', { name: 'History' }).click();
  const trail = page.getByRole('list', { name: 'Audit trail' });
  await expect(trail).toContainText('Requested by guest');
  await expect(trail.getByText(/Approved by guest/)).toBeVisible();
  await page.screenshot({
    path: '.test-results/readiness-exemptions.png',
    fullPage: true,
  });

  // Exempt on the entity page, not passed; the score counts it.
  card = await readinessCard(page);
  await expect(
    monitorsOf(card).getByRole('img', { name: 'Exempt', exact: true }),
  ).toBeVisible();
  await expect(monitorsOf(card)).toContainText(
    /Exempt until \d{4}-\d{2}-\d{2}/,
  );
  await expect(monitorsOf(card)).toContainText(
    'Alarms move to the new observability account in January (approved by guest)',
  );
  await expect(card).toContainText(/checks pass, 1 exempt/);
  expect(await scoreOf(card)).toBeGreaterThan(failingScore);
  await page.screenshot({
    path: '.test-results/readiness-exempt-entity.png',
    fullPage: true,
  });

  // The Readiness page counts it in its totals.
  await page.goto('/readiness');
  await expect(
    page.getByText(/^\d+ with an approved exemption$/),
  ).toBeVisible();

  // Withdrawn by the requester: failing again.
  await page.goto(EXEMPTIONS_PAGE);
  await exemptionRow(page)
    .filter({ hasText: 'Approved' })
    .getByRole('button', { name: 'Withdraw' })
    .click();
  await expect(
    exemptionRow(page).filter({ hasText: 'Withdrawn' }),
  ).toBeVisible();

  // A second exemption, through the API, lapsing in 20 s.
  const expiresAt = new Date(Date.now() + 20_000).toISOString();
  // Unique per run: an earlier run's expired exemption stays listed.
  const shortReason = `Twenty seconds, to see it lapse (${expiresAt})`;
  const second = await api.post('/exemptions', {
    entityRef: REF,
    checkId: 'monitors',
    reason: shortReason,
    expiresAt,
  });
  await api.post(`/exemptions/${second.id}/approve`, {});
  card = await readinessCard(page);
  await expect(
    monitorsOf(card).getByRole('img', { name: 'Exempt', exact: true }),
  ).toBeVisible();
  await expect(monitorsOf(card)).toContainText(shortReason);

  await page.waitForTimeout(
    Math.max(0, Date.parse(expiresAt) - Date.now()) + 1_000,
  );
  card = await readinessCard(page);
  await expect(
    monitorsOf(card).getByRole('img', { name: 'Failed', exact: true }),
  ).toBeVisible();
  expect(await scoreOf(card)).toBe(failingScore);
  await page.goto(EXEMPTIONS_PAGE);
  await expect(
    exemptionRow(page).filter({ hasText: shortReason }),
  ).toContainText('Expired');

  await api.withdrawOpen();
});

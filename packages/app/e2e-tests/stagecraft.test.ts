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

test('a pipeline shows its flow on simulated data, and loads it again when the backend signals a new window, not on a timer', async ({
  page,
}) => {
  // The next minute's window, the backend's 5-s check, the page's up-to-5-s delay.
  test.setTimeout(150_000);
  const channel = 'pipelines:metrics:component:default/event-data-pipeline';
  const signals: number[] = [];
  const signalledWindowEnds: number[] = [];
  page.on('websocket', socket =>
    socket.on('framereceived', ({ payload }) => {
      try {
        const frame = JSON.parse(String(payload));
        if (frame.channel === channel) {
          signals.push(Date.now());
          signalledWindowEnds.push(frame.message.windowEnd);
        }
      } catch {
        // Not a signal.
      }
    }),
  );
  const viewLoads: number[] = [];
  const windowEnds: number[] = [];
  const viewPath =
    '/api/pipelines/entities/component/default/event-data-pipeline/pipeline';
  page.on('request', request => {
    if (request.url().includes(viewPath)) viewLoads.push(Date.now());
  });
  page.on('response', async response => {
    if (response.url().includes(viewPath) && response.ok())
      windowEnds.push((await response.json()).window.end);
  });

  await page.goto('/catalog/default/component/event-data-pipeline/pipeline');
  await expect(page.getByText('Simulated data.').first()).toBeVisible();
  await expect(page.getByText('Raw events stream').first()).toBeVisible();
  await expect(page.getByTestId('last-refreshed').first()).toContainText(
    'updates when new data is in',
  );
  await page.screenshot({ path: '.test-results/pipeline.png', fullPage: true });
  const opening = viewLoads.length;

  await expect
    .poll(() => signals.length, { timeout: 80_000, intervals: [1_000] })
    .toBeGreaterThan(0);
  await expect
    .poll(() => viewLoads.filter(at => at >= signals[0]).length, {
      timeout: 10_000,
    })
    .toBe(1);
  const reload = viewLoads.find(at => at >= signals[0])!;
  // Within the page's spreading delay (5 s) of the signal, and no load but the opening
  // and the signalled one: the page did not poll.
  expect(reload - signals[0]).toBeLessThanOrEqual(6_000);
  expect(viewLoads).toHaveLength(opening + 1);
  // The page now shows the window the signal announced. (That can be the window it opened
  // on: when the page opened just after the minute turned, before the backend's next 5-s
  // check, the backend then announces the window the page already has.)
  await expect.poll(() => windowEnds.length).toBe(opening + 1);
  expect(windowEnds[opening]).toBe(signalledWindowEnds[0]);
  expect(windowEnds[opening]).toBeGreaterThanOrEqual(windowEnds[opening - 1]);
  await expect(page.getByTestId('last-refreshed').first()).toContainText(
    /Last refreshed \d+ s ago · updates when new data is in/,
  );
  await page.screenshot({ path: '.test-results/pipeline-pushed.png' });
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

test('a blast radius wider than its card scrolls to what lies beyond it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 1300 });
  await page.goto(
    '/catalog/default/resource/maps-geocoding-api-key/blast-radius',
  );
  // Nine hops deep: most of the graph lies to the right of the card.
  const onwards = page.getByRole('button', {
    name: /^Scroll for \d+ more entities/,
  });
  await expect(onwards).toBeVisible();
  const farthest = page.locator(
    '[data-entity-ref="component:default/recommendation-api"]',
  );
  await expect(farthest).not.toBeInViewport();
  const before = Number((await onwards.textContent())!.match(/\d+/)![0]);
  await onwards.click();
  // Fewer are hidden once it has scrolled.
  await expect(async () => {
    const text = (await onwards.textContent({ timeout: 1000 })) ?? '';
    expect(Number(text.match(/\d+/)?.[0])).toBeLessThan(before);
  }).toPass();
  // Scrolled to the end by hand, none is hidden: no button.
  await page
    .getByRole('region', { name: 'Blast radius of Maps geocoding API key' })
    .evaluate(canvas => canvas.scrollTo({ left: canvas.scrollWidth }));
  await expect(onwards).toHaveCount(0);
  await expect(farthest).toBeInViewport();
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

import { expect, test } from './portal';
import { guestToken } from './crawl/catalogApi';

const RUNBOOK = '/docs/default/system/event-data-platform/kinesis-iterator-age';

/** Issue 18: runbooks are TechDocs, and search finds them by what on-call types. */
test('searching "iterator age" finds the Kinesis runbook and opens it', async ({
  page,
}) => {
  test.setTimeout(6 * 60_000);
  const token = await guestToken(page.request);
  // The docs are built about 20 s after start, then indexed (search.collators.techdocs).
  await expect
    .poll(
      async () => {
        const response = await page.request.get(
          '/api/search/query?term=iterator%20age&types%5B0%5D=techdocs',
          { headers: { authorization: `Bearer ${token}` } },
        );
        if (!response.ok()) return [];
        const { results } = await response.json();
        return results.map(
          (result: { document: { location: string } }) =>
            result.document.location,
        );
      },
      { timeout: 5 * 60_000, intervals: [3_000] },
    )
    .toContainEqual(expect.stringContaining(RUNBOOK));

  // The search page opens on catalog results (search.defaultType); docs are one click away.
  await page.goto('/search?query=iterator%20age');
  await page.getByRole('button', { name: /^Documentation/ }).click();
  const result = page
    .getByRole('link', { name: /Kinesis iterator age rising/ })
    .first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(new RegExp(RUNBOOK));
  await expect(
    page.getByRole('heading', { name: /Kinesis iterator age rising/ }).first(),
  ).toBeVisible();
});

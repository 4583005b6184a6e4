import { Page } from '@playwright/test';
import { deadEndText } from './deadEndSigns';

/**
 * Pages that show the TechDocs reader: `/docs/<namespace>/<kind>/<name>[/<page>]` (`/docs`
 * alone lists the sites) and an entity page's Docs tab.
 */
export function isTechDocsReaderPath(pathname: string): boolean {
  return (
    /^\/docs\/[^/]+\/[^/]+\/[^/]+/.test(pathname) ||
    /^\/catalog\/[^/]+\/[^/]+\/[^/]+\/docs(\/|$)/.test(pathname)
  );
}

/**
 * Waits, up to `limitMs`, for the reader to show the page's text (it draws the built
 * MkDocs page in a shadow root; Playwright's CSS selectors reach into it). Returns why the
 * page is dead when the reader shows a not-found or failed state, or nothing in time.
 */
export async function docsContentProblem(
  page: Page,
  limitMs: number,
): Promise<string | undefined> {
  const content = page.locator('.md-content').first();
  const deadline = Date.now() + limitMs;
  for (;;) {
    const text = await content.innerText({ timeout: 1_000 }).catch(() => '');
    if (text.trim()) return undefined;
    const deadEnd = await deadEndText(page);
    if (deadEnd) return deadEnd;
    if (Date.now() > deadline) {
      return `the TechDocs reader showed no documentation within ${
        limitMs / 1000
      } s`;
    }
    await page.waitForTimeout(500);
  }
}

/** Every element id on the page, the docs' shadow root included (for #anchors). */
export async function elementIds(page: Page): Promise<Set<string>> {
  const ids = await page
    .locator('[id]')
    .evaluateAll(elements => elements.map(element => element.id));
  return new Set(ids);
}

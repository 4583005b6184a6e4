import { Page } from '@playwright/test';

/**
 * What Backstage shows instead of a page (texts from the translation refs of
 * @backstage/core-components, @backstage/plugin-catalog and @backstage/plugin-techdocs).
 */
const DEAD_END_TEXTS: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /Looks like someone dropped the mic!|ERROR 404/,
    reason: "the portal's not-found page",
  },
  {
    pattern:
      /There is no \S+ with the requested kind, namespace, and name|Entity was not found/,
    reason: 'entity not found',
  },
  { pattern: /Documentation not found/, reason: 'documentation not found' },
  {
    pattern: /Building a newer version of this documentation failed/,
    reason: 'the documentation failed to build',
  },
  {
    pattern:
      /This entity has relations to other entities, which can't be found in the catalog/,
    reason: 'relations to entities that are not in the catalog',
  },
];

/** The not-found or error state the page shows, if it shows one. */
export async function deadEndText(page: Page): Promise<string | undefined> {
  // The document's own body: a TechDocs page has a second one in its shadow root.
  const text = await page.evaluate(() => document.body.innerText);
  return DEAD_END_TEXTS.find(sign => sign.pattern.test(text))?.reason;
}

/**
 * Whether the page's content area shows any text: `main` (or the app root where a page
 * has none), leaving out the sidebar and page headers, which every page has.
 */
export async function isBlank(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const frame =
      'nav[aria-label="sidebar nav"], [data-testid="sidebar-root"], header, [class*="bui-Header"]';
    const area =
      document.querySelector('main') ??
      document.getElementById('root') ??
      document.body;
    const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (
        node.textContent?.trim() &&
        element &&
        !element.closest(frame) &&
        element.checkVisibility()
      ) {
        return false;
      }
    }
    return true;
  });
}

const QUIET_MS = 300;

/**
 * Waits, up to `limitMs`, until the page has had no request in flight and no spinning
 * progress indicator for a moment.
 */
export async function waitForQuiet(
  page: Page,
  pendingRequests: () => number,
  limitMs: number,
) {
  const busy = page.locator(
    '[role="progressbar"]:not([aria-valuenow]):visible',
  );
  const deadline = Date.now() + limitMs;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (pendingRequests() > 0 || (await busy.count()) > 0) {
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= QUIET_MS) {
      return;
    }
    await page.waitForTimeout(50);
  }
}

import { BrowserContext, Page } from '@playwright/test';
import { watchForErrors } from '../portal';
import { csvExportButtons } from './csvExports';
import { deadEndText, isBlank, waitForQuiet } from './deadEndSigns';
import {
  docsContentProblem,
  elementIds,
  isTechDocsReaderPath,
} from './techDocsReader';

/** A browser tab of the crawl, with what went wrong on it since the last visit. */
export type CrawlTab = {
  page: Page;
  /** Console errors and uncaught exceptions (watchForErrors). */
  errors: string[];
  /** Requests the page made that answered 400 or more, to say what a console error was about. */
  failedRequests: string[];
  /** Requests the page has started and not yet finished. */
  pendingRequests: Set<unknown>;
  /** Whether the app is loaded and well, so the next page may be reached in it. */
  appLoaded: boolean;
};

export type PageVisit = {
  /** Why the page is a dead end; empty when it is not. */
  problems: string[];
  /** Every link on the page (including the docs' shadow root), resolved. */
  links: { href: string; download: boolean }[];
  /** Element ids on a TechDocs page, for the #anchors that point at it. */
  ids?: Set<string>;
  /** How many CSV export buttons the page has. */
  csvExports?: number;
};

const LOAD_LIMIT_MS = 30_000;
const QUIET_LIMIT_MS = 15_000;
const BLANK_GRACE_MS = 3_000;
const DOCS_LIMIT_MS = 45_000;

export async function openTab(context: BrowserContext): Promise<CrawlTab> {
  const page = await context.newPage();
  const failedRequests: string[] = [];
  const pendingRequests = new Set<unknown>();
  page.on('request', request => pendingRequests.add(request));
  page.on('requestfinished', request => pendingRequests.delete(request));
  page.on('requestfailed', request => pendingRequests.delete(request));
  page.on('response', response => {
    if (response.status() >= 400) {
      const url = new URL(response.url());
      failedRequests.push(`${response.status()} ${url.pathname}${url.search}`);
    }
  });
  return {
    page,
    errors: watchForErrors(page),
    failedRequests,
    pendingRequests,
    appLoaded: false,
  };
}

/**
 * Goes to `url`: a fresh load the first time and after a dead end, otherwise through the
 * app's router, as a click on a link does (the same page, much faster than reloading the
 * app). Returns the HTTP status of the page's document.
 */
async function goTo(tab: CrawlTab, url: URL): Promise<number> {
  const { page } = tab;
  if (!tab.appLoaded) {
    const response = await page.goto(url.href, { timeout: LOAD_LIMIT_MS });
    return response?.status() ?? 0;
  }
  const response = await page.request.get(url.href, { timeout: LOAD_LIMIT_MS });
  await page.evaluate(href => {
    window.history.pushState(null, '', href);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, url.href);
  return response.status();
}

async function staysBlank(page: Page): Promise<boolean> {
  const deadline = Date.now() + BLANK_GRACE_MS;
  while (await isBlank(page)) {
    if (Date.now() > deadline) return true;
    await page.waitForTimeout(250);
  }
  return false;
}

/** Opens `url` in the tab (see goTo) and looks for the signs of a dead end. */
export async function visitPage(tab: CrawlTab, url: URL): Promise<PageVisit> {
  const { page } = tab;
  tab.errors.length = 0;
  tab.failedRequests.length = 0;
  const problems: string[] = [];
  try {
    const status = await goTo(tab, url);
    if (status >= 400) problems.push(`HTTP ${status}`);
  } catch (error) {
    tab.appLoaded = false;
    problems.push(`did not load: ${String(error).split('\n')[0]}`);
    return { problems, links: [] };
  }
  await waitForQuiet(page, () => tab.pendingRequests.size, QUIET_LIMIT_MS);

  const isDocs = isTechDocsReaderPath(url.pathname);
  const deadEnd = isDocs
    ? await docsContentProblem(page, DOCS_LIMIT_MS)
    : await deadEndText(page);
  if (deadEnd) {
    problems.push(deadEnd);
  } else if (!isDocs && (await staysBlank(page))) {
    problems.push('blank page: no visible text in its content area');
  }

  const links = await page.locator('a[href]').evaluateAll(anchors =>
    anchors.map(anchor => ({
      href: (anchor as HTMLAnchorElement).href,
      download: anchor.hasAttribute('download'),
    })),
  );
  const ids = isDocs ? await elementIds(page) : undefined;
  const csvExports = await csvExportButtons(page);

  if (tab.errors.length > 0) {
    const requests = tab.failedRequests.length
      ? ` (failed requests: ${[...new Set(tab.failedRequests)].join(', ')})`
      : '';
    problems.push(
      `console errors: ${[...new Set(tab.errors)].join(' | ')}${requests}`,
    );
  }
  // After a dead end the app may be broken: the next page loads it afresh.
  tab.appLoaded = problems.length === 0;
  return { problems, links, ids, csvExports };
}

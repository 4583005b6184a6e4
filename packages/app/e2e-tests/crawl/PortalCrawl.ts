import { APIRequestContext } from '@playwright/test';
import { csvExportProblems } from './csvExports';
import { anchorOf, classifyLink } from './links';
import { isTechDocsReaderPath } from './techDocsReader';
import { CrawlTab, openTab, visitPage } from './visitPage';

export type DeadLink = { link: string; foundOn: string; why: string[] };

type Sighting = { url: URL; foundOn: string };

/** Pages a crawl tab opens before it is replaced by a fresh one. */
const TAB_VISITS = 150;

/**
 * A crawl of the portal from the pages and links it is given: every page it reaches is
 * opened in a browser tab and checked (visitPage), and every same-origin link on it is
 * added in turn, until no new page turns up. File links are requested rather than opened;
 * a link's #anchor into a TechDocs page must name an element of that page.
 */
export class PortalCrawl {
  private readonly pages = new Map<string, Sighting>();
  private readonly queue: string[] = [];
  private readonly downloads = new Map<string, Sighting>();
  private readonly anchors = new Map<
    string,
    Sighting & { page: string; id: string }
  >();
  private readonly idsOnPage = new Map<string, Set<string>>();
  private readonly leaving = new Set<string>();
  private readonly csvExportPages = new Set<string>();
  private readonly deadLinks: DeadLink[] = [];
  private readonly flakyLinks: DeadLink[] = [];
  private inFlight = 0;

  constructor(
    private readonly portal: URL,
    private readonly maxPages: number,
  ) {}

  /**
   * A link to check, found on `foundOn` (a page, or where the catalog declares it). With
   * `mustStayInPortal`, a link that leaves the portal is dead.
   */
  add(
    href: string,
    foundOn: string,
    options: { download?: boolean; mustStayInPortal?: boolean } = {},
  ) {
    const target = classifyLink(href, this.portal, options);
    if (target.kind === 'external' || target.kind === 'not-followed') {
      if (options.mustStayInPortal && !this.leaving.has(href)) {
        this.leaving.add(href);
        this.deadLinks.push({
          link: href,
          foundOn,
          why: [
            `leaves the portal (must point to a page of ${this.portal.origin})`,
          ],
        });
      }
      return;
    }
    if (target.kind === 'download') {
      if (!this.downloads.has(target.key)) {
        this.downloads.set(target.key, { url: target.url, foundOn });
      }
      return;
    }
    if (!this.pages.has(target.key)) {
      const url = new URL(target.url);
      url.hash = '';
      this.pages.set(target.key, { url, foundOn });
      this.queue.push(target.key);
    }
    const id = anchorOf(target.url);
    const anchored = `${target.key}#${id}`;
    if (
      id &&
      isTechDocsReaderPath(target.url.pathname) &&
      !this.anchors.has(anchored)
    ) {
      this.anchors.set(anchored, {
        url: target.url,
        foundOn,
        page: target.key,
        id,
      });
    }
  }

  /** Crawls with the given tabs at once, then checks file links and anchors. */
  async run(tabs: CrawlTab[], request: APIRequestContext) {
    await Promise.all(tabs.map((_, slot) => this.crawlWith(tabs, slot)));
    await this.checkDownloads(request);
    await this.checkCsvExports(tabs[0]);
    this.checkAnchors();
  }

  get linksChecked(): number {
    return (
      this.pages.size +
      this.downloads.size +
      this.csvExportPages.size +
      this.anchors.size +
      this.leaving.size
    );
  }

  get dead(): DeadLink[] {
    return this.deadLinks;
  }

  /** Pages that were dead on the first visit and fine on the second: reported, not failed. */
  get flaky(): DeadLink[] {
    return this.flakyLinks;
  }

  /**
   * Crawls with `tabs[slot]`. A tab is replaced by a fresh one every TAB_VISITS pages and
   * before a dead end is looked at again: a renderer that has served hundreds of
   * single-page-app navigations can run out of resources (Chromium's
   * net::ERR_INSUFFICIENT_RESOURCES), which no person opening the link would meet.
   */
  private async crawlWith(tabs: CrawlTab[], slot: number) {
    let visits = 0;
    const freshTab = async () => {
      const old = tabs[slot];
      tabs[slot] = await openTab(old.page.context());
      await old.page.close();
      visits = 0;
      return tabs[slot];
    };
    for (;;) {
      const key = this.queue.shift();
      if (key === undefined) {
        if (this.inFlight === 0) return;
        await new Promise(resolve => setTimeout(resolve, 100));
        continue;
      }
      if (this.pages.size > this.maxPages) {
        throw new Error(
          `The crawl found more than ${this.maxPages} pages; does some page make up links?`,
        );
      }
      this.inFlight += 1;
      try {
        const { url, foundOn } = this.pages.get(key)!;
        const visitStarted = Date.now();
        const tab = visits >= TAB_VISITS ? await freshTab() : tabs[slot];
        visits += 1;
        let visit = await visitPage(tab, url);
        if (visit.problems.length > 0) {
          // A dead end is one a person meets every time: look again, in a fresh tab.
          const firstProblems = visit.problems;
          visit = await visitPage(await freshTab(), url);
          if (visit.problems.length === 0) {
            this.flakyLinks.push({ link: key, foundOn, why: firstProblems });
          } else {
            this.deadLinks.push({ link: key, foundOn, why: visit.problems });
          }
        }
        if (process.env.CRAWL_VERBOSE) {
          // eslint-disable-next-line no-console
          console.error(
            `${Date.now() - visitStarted} ms ${key} ${visit.problems.join(
              '; ',
            )}`,
          );
        }
        if (visit.ids) this.idsOnPage.set(key, visit.ids);
        if (visit.csvExports) this.csvExportPages.add(key);
        for (const link of visit.links) {
          this.add(link.href, key, { download: link.download });
        }
      } finally {
        this.inFlight -= 1;
      }
    }
  }

  private async checkDownloads(request: APIRequestContext) {
    for (const [key, { url, foundOn }] of this.downloads) {
      const response = await request.get(url.href);
      if (response.status() !== 200) {
        this.deadLinks.push({
          link: key,
          foundOn,
          why: [`download answered HTTP ${response.status()}`],
        });
      }
    }
  }

  /** Opens each page with CSV export buttons again and clicks them. */
  private async checkCsvExports(tab: CrawlTab) {
    for (const key of this.csvExportPages) {
      const visit = await visitPage(tab, this.pages.get(key)!.url);
      if (visit.problems.length > 0) continue; // reported by the crawl
      const problems = await csvExportProblems(tab.page);
      if (tab.errors.length > 0) {
        problems.push(
          `console errors: ${[...new Set(tab.errors)].join(' | ')}`,
        );
      }
      if (problems.length > 0) {
        this.deadLinks.push({
          link: `${key} (CSV export)`,
          foundOn: key,
          why: problems,
        });
      }
    }
  }

  private checkAnchors() {
    for (const [anchored, { foundOn, page, id }] of this.anchors) {
      const ids = this.idsOnPage.get(page);
      // A page that did not render is reported as dead itself.
      if (ids && !ids.has(id)) {
        this.deadLinks.push({
          link: anchored,
          foundOn,
          why: [`no element with id "${id}" on the rendered page`],
        });
      }
    }
  }
}

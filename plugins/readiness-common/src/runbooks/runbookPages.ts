import { Entity } from '@backstage/catalog-model';
import {
  inPortalPathOf,
  LINK_TYPE_RUNBOOK,
} from '@stagecraft/catalog-conventions-common';
import { linksOfType } from '../catalog/links';
import { lastReviewedOf, RunbookReview } from './lastReviewed';
import {
  markdownSourcesOf,
  TechDocsPage,
  techDocsPageKey,
  techDocsPageOf,
} from './techDocsPage';

/** What is known of one TechDocs runbook page. */
export type RunbookPageFacts = {
  /** False when the site has no such page. */
  exists: boolean;
  /** The Markdown file the page is built from, relative to its docs folder. */
  source?: string;
  review?: RunbookReview;
};

/** The facts of the TechDocs runbooks the checks look at, by page. */
export type RunbookPages = {
  /** Undefined when nothing could be learnt about the page (its docs could not be read). */
  factsOf(page: TechDocsPage): RunbookPageFacts | undefined;
};

/** Where runbook pages are read from: source files (the lint) or the portal (the backend). */
export type RunbookSource = {
  /**
   * The Markdown file `file` (relative to `docs_dir`) of the docs site of `entityRef`;
   * undefined when it does not exist. Throws when the site cannot be read at all.
   */
  readMarkdown(entityRef: string, file: string): Promise<string | undefined>;
  /**
   * Whether the built site has the page; undefined when unknown (not built yet). Without
   * it, a page exists when its Markdown does.
   */
  isBuilt?(page: TechDocsPage): Promise<boolean | undefined>;
};

/**
 * The TechDocs pages `entity`'s runbook links lead to, each with its in-portal `path`, the
 * same whether the link is written as a path or stored under the portal's URL.
 */
export function techDocsRunbooksOf(
  entity: Entity,
  portalBaseUrl?: string,
): Array<{ path: string; title?: string; page: TechDocsPage }> {
  return linksOfType(entity, LINK_TYPE_RUNBOOK).flatMap(link => {
    const path = inPortalPathOf(link.url, portalBaseUrl);
    const page = path === undefined ? undefined : techDocsPageOf(path);
    return path && page ? [{ path, title: link.title, page }] : [];
  });
}

async function readFacts(
  page: TechDocsPage,
  source: RunbookSource,
): Promise<RunbookPageFacts | undefined> {
  try {
    for (const file of markdownSourcesOf(page.page)) {
      const markdown = await source.readMarkdown(page.entityRef, file);
      if (markdown !== undefined) {
        const built = await source.isBuilt?.(page);
        return {
          exists: built ?? true,
          source: file,
          review: lastReviewedOf(markdown),
        };
      }
    }
    return { exists: false };
  } catch {
    return undefined;
  }
}

/** Reads the facts of every TechDocs runbook the entities link to, each page once. */
export async function loadRunbookPages(
  entities: Entity[],
  source: RunbookSource,
  portalBaseUrl?: string,
): Promise<RunbookPages> {
  const pages = new Map<string, TechDocsPage>();
  for (const entity of entities) {
    for (const { page } of techDocsRunbooksOf(entity, portalBaseUrl)) {
      pages.set(techDocsPageKey(page), page);
    }
  }
  const facts = new Map<string, RunbookPageFacts | undefined>();
  await Promise.all(
    [...pages].map(async ([key, page]) => {
      facts.set(key, await readFacts(page, source));
    }),
  );
  return { factsOf: page => facts.get(techDocsPageKey(page)) };
}

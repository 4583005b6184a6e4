import {
  matchesReviewFilters,
  NO_STORE_KEY,
  pageOfReview,
  REVIEW_SORT_KEYS,
  REVIEW_SORT_VALUES,
  reviewFacets,
  ReviewFilters,
  reviewSearchText,
  ReviewSortKey,
  reviewSortOrder,
  reviewStoreSearchText,
  searchWords,
  SecretReviewItem,
  SecretsCatalogView,
  SecretsReviewPage,
  SecretsReviewQuery,
  SecretsSummary,
  VisibleReviewRow,
} from '@stagecraft/plugin-secrets-common';
import { refKey } from '@stagecraft/catalog-conventions-common';
import { CatalogReadDecision } from './catalogReads';
import { forEachInSlices, sortInSlices } from './sortInSlices';

/** What one kind of caller may see of the review: computed once per decision. */
export type VisibleReview = Pick<
  SecretsReviewPage,
  'facets' | 'stores' | 'unfilteredTotal'
> & {
  /** 1 for each row the caller may read. */
  visible: Uint8Array;
  /** Each row's store ref when the caller may read the store. */
  storeRefs: (string | undefined)[];
};

/** How many rows' search texts are computed per turn of the event loop. */
const TEXT_SLICE = 500;

/** As `reviewSortOrder` compares a column's values, and then refs. */
const compareValues = (a: string | number, b: string | number) => {
  if (a < b) return -1;
  return a > b ? 1 : 0;
};

/** Which rows some filters match, as one kind of caller sees them, and their summary. */
type Matches = { rows: Uint8Array; summary: SecretsSummary };

/** How many filters' matches are kept per visible view (the last asked). */
const MAX_MATCHES = 50;

/** How many visible views are kept (one per distinct permission decision). */
const MAX_VIEWS = 200;

/** How many views a new index computes before it is served, the most recently asked. */
const MAX_WARMED = 20;

/**
 * The review's rows held for paging: their search text, their order in every
 * sortable column, and what each kind of caller may see. Built once per
 * computation of the review; a request filters one pass over the rows in the
 * order asked, without sorting.
 */
export class ReviewIndex {
  private readonly texts: string[];
  private readonly storeTexts: string[];
  private readonly orders = new Map<ReviewSortKey, Uint32Array>();
  private readonly views = new Map<string, Promise<VisibleReview>>();
  private readonly matches = new WeakMap<VisibleReview, Map<string, Matches>>();
  /** The decisions answered from the entities themselves, by key: to warm the next index with. */
  private readonly localDecisions = new Map<string, CatalogReadDecision>();

  constructor(
    readonly items: readonly SecretReviewItem[],
    private readonly view: SecretsCatalogView,
    /** When the rows were last known current (moved on when the catalog had not changed). */
    public generatedAt: string,
    orders?: Map<ReviewSortKey, Uint32Array>,
    texts?: { texts: string[]; storeTexts: string[] },
  ) {
    this.texts = texts?.texts ?? items.map(reviewSearchText);
    this.storeTexts = texts?.storeTexts ?? items.map(reviewStoreSearchText);
    for (const key of REVIEW_SORT_KEYS) {
      this.orders.set(key, orders?.get(key) ?? reviewSortOrder(items, key));
    }
  }

  /**
   * The index, over many turns of the event loop so requests are answered
   * meanwhile: the search texts or sort values of {@link TEXT_SLICE} rows, or
   * a slice of one column's sort, per turn.
   */
  static async build(
    items: readonly SecretReviewItem[],
    view: SecretsCatalogView,
    generatedAt: string,
  ): Promise<ReviewIndex> {
    const texts: string[] = [];
    const storeTexts: string[] = [];
    await forEachInSlices(items, TEXT_SLICE, item => {
      texts.push(reviewSearchText(item));
      storeTexts.push(reviewStoreSearchText(item));
    });
    // `reviewSortOrder` of every column, sorted in slices.
    const orders = new Map<ReviewSortKey, Uint32Array>();
    for (const key of REVIEW_SORT_KEYS) {
      const valueOf = REVIEW_SORT_VALUES[key];
      const values: (string | number)[] = [];
      await forEachInSlices(items, TEXT_SLICE, item => {
        values.push(valueOf(item));
      });
      orders.set(
        key,
        await sortInSlices(
          items.length,
          (a, b) =>
            compareValues(values[a], values[b]) ||
            compareValues(items[a].entityRef, items[b].entityRef),
        ),
      );
    }
    return new ReviewIndex(items, view, generatedAt, orders, {
      texts,
      storeTexts,
    });
  }

  /** What callers with this decision may see, computed on first use. */
  visibleFor(decision: CatalogReadDecision): Promise<VisibleReview> {
    let view = this.views.get(decision.key);
    if (!view) {
      if (this.views.size >= MAX_VIEWS) {
        this.views.delete(this.views.keys().next().value!);
      }
      view = this.computeVisible(decision);
      this.views.set(decision.key, view);
      view.catch(() => this.views.delete(decision.key));
      if (decision.readable) {
        this.localDecisions.delete(decision.key);
        this.localDecisions.set(decision.key, decision);
        if (this.localDecisions.size > MAX_VIEWS) {
          this.localDecisions.delete(this.localDecisions.keys().next().value!);
        }
      }
    }
    return view;
  }

  /**
   * Computes what callers saw of `previous` for the same decisions here, in
   * slices, before this index is served: the first request after a new review
   * does not wait for it. Decisions that need the catalog (per caller) are
   * left to their next request. At most the {@link MAX_WARMED} last first asked.
   */
  async warmFrom(previous: ReviewIndex | undefined): Promise<void> {
    const decisions = [...(previous?.localDecisions.values() ?? [])];
    for (const decision of decisions.slice(-MAX_WARMED)) {
      await this.visibleFor(decision);
    }
  }

  private async computeVisible(
    decision: CatalogReadDecision,
  ): Promise<VisibleReview> {
    const refs = decision.readableRefs
      ? await decision.readableRefs()
      : undefined;
    const memo = new Map<string, boolean>();
    const readable = (ref: string) => {
      const key = refKey(ref);
      let answer = memo.get(key);
      if (answer === undefined) {
        if (refs) {
          answer = refs.has(key);
        } else {
          const entity = this.view.getEntity(ref);
          answer = entity ? decision.readable!(entity) : false;
        }
        memo.set(key, answer);
      }
      return answer;
    };

    const visible = new Uint8Array(this.items.length);
    const storeRefs: (string | undefined)[] = new Array(this.items.length);
    const rows: VisibleReviewRow[] = [];
    await forEachInSlices(this.items, TEXT_SLICE, (item, i) => {
      if (!readable(item.entityRef)) return;
      visible[i] = 1;
      storeRefs[i] =
        item.store && readable(item.store.entityRef)
          ? item.store.entityRef
          : undefined;
      rows.push({ item, storeRef: storeRefs[i] });
    });
    return { visible, storeRefs, ...reviewFacets(rows) };
  }

  /** Each visible row the filters match among `indexes`, in their order, with its index. */
  private *matchingAt(
    visible: VisibleReview,
    filters: ReviewFilters,
    indexes: Iterable<number>,
  ): Generator<[number, VisibleReviewRow]> {
    const words = searchWords(filters.search);
    for (const i of indexes) {
      if (!visible.visible[i]) continue;
      const row = {
        item: this.items[i],
        text: this.texts[i],
        storeText: this.storeTexts[i],
        storeRef: visible.storeRefs[i],
      };
      if (matchesReviewFilters(row, filters, words)) {
        yield [i, row];
      }
    }
  }

  /** Each visible row the filters match, in the order asked, with its store as seen. */
  private *matching(
    visible: VisibleReview,
    query: ReviewFilters & Pick<SecretsReviewQuery, 'sort' | 'order'>,
  ): Generator<VisibleReviewRow> {
    const order = this.orders.get(query.sort ?? 'ref')!;
    const indexes = query.order === 'desc' ? [...order].reverse() : order;
    for (const [, row] of this.matchingAt(visible, query, indexes)) {
      yield row;
    }
  }

  /** The rows `filters` match as `visible` sees them, kept for the next pages and sorts. */
  private matchesOf(visible: VisibleReview, filters: ReviewFilters): Matches {
    const { search, store, owner, system, status } = filters;
    const key = JSON.stringify([search, store, owner, system, status]);
    let cache = this.matches.get(visible);
    if (!cache) {
      cache = new Map();
      this.matches.set(visible, cache);
    }
    let found = cache.get(key);
    if (found) {
      cache.delete(key);
    } else {
      const rows = new Uint8Array(this.items.length);
      const flagged = (function* flag(
        all: Iterable<[number, VisibleReviewRow]>,
      ) {
        for (const [i, row] of all) {
          rows[i] = 1;
          yield row;
        }
      })(this.matchingAt(visible, filters, this.items.keys()));
      const { summary } = pageOfReview(flagged, { offset: 0, limit: 0 });
      found = { rows, summary };
      if (cache.size >= MAX_MATCHES) {
        cache.delete(cache.keys().next().value!);
      }
    }
    cache.set(key, found);
    return found;
  }

  /**
   * One page of the rows the caller may see, with the totals and summary of
   * every match: what `pageOfReview` gives over the rows in the order asked,
   * from the matches of the same filters kept (one pass over the rows the
   * first time), walking the order only as far as the page and the first row
   * of each store (the summary's stores come in the order asked).
   */
  page(
    visible: VisibleReview,
    query: SecretsReviewQuery & { offset: number; limit: number },
  ): SecretsReviewPage {
    const { rows, summary } = this.matchesOf(visible, query);
    const order = this.orders.get(query.sort ?? 'ref')!;
    const descending = query.order === 'desc';
    const end = query.offset + query.limit;
    const stores = Object.keys(summary.byStore).length;
    const byStore: SecretsSummary['byStore'] = {};
    const items: SecretReviewItem[] = [];
    let seen = 0;
    let storesSeen = 0;
    for (let n = 0; n < order.length; n++) {
      if (seen >= end && storesSeen === stores) break;
      const i = order[descending ? order.length - 1 - n : n];
      if (!rows[i]) continue;
      if (seen >= query.offset && seen < end) {
        items.push(this.items[i]);
      }
      seen += 1;
      const storeKey = visible.storeRefs[i] ?? NO_STORE_KEY;
      if (!Object.prototype.hasOwnProperty.call(byStore, storeKey)) {
        byStore[storeKey] = { ...summary.byStore[storeKey] };
        storesSeen += 1;
      }
    }
    return {
      items,
      offset: query.offset,
      limit: query.limit,
      total: summary.total,
      summary: { ...summary, byStore },
      unfilteredTotal: visible.unfilteredTotal,
      facets: visible.facets,
      stores: visible.stores,
      generatedAt: this.generatedAt,
    };
  }

  /** Every row the filters match, in the order asked: for the CSV export. */
  all(visible: VisibleReview, query: SecretsReviewQuery): SecretReviewItem[] {
    return Array.from(this.matching(visible, query), row => row.item);
  }
}

import {
  matchesReviewFilters,
  pageOfReview,
  REVIEW_SORT_KEYS,
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
  VisibleReviewRow,
} from '@stagecraft/plugin-secrets-common';
import { refKey } from '@stagecraft/catalog-conventions-common';
import { CatalogReadDecision } from './catalogReads';

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
const TEXT_SLICE = 2000;

const nextTurn = () => new Promise(resolve => setImmediate(resolve));

/** How many visible views are kept (one per distinct permission decision). */
const MAX_VIEWS = 200;

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
   * meanwhile: the search texts of {@link TEXT_SLICE} rows, or one column's
   * sort, per turn.
   */
  static async build(
    items: readonly SecretReviewItem[],
    view: SecretsCatalogView,
    generatedAt: string,
  ): Promise<ReviewIndex> {
    const texts: string[] = [];
    const storeTexts: string[] = [];
    for (let start = 0; start < items.length; start += TEXT_SLICE) {
      await nextTurn();
      for (const item of items.slice(start, start + TEXT_SLICE)) {
        texts.push(reviewSearchText(item));
        storeTexts.push(reviewStoreSearchText(item));
      }
    }
    const orders = new Map<ReviewSortKey, Uint32Array>();
    for (const key of REVIEW_SORT_KEYS) {
      await nextTurn();
      orders.set(key, reviewSortOrder(items, key));
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
    }
    return view;
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
    this.items.forEach((item, i) => {
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

  /** Each visible row the filters match, in the order asked, with its store as seen. */
  private *matching(
    visible: VisibleReview,
    query: ReviewFilters & Pick<SecretsReviewQuery, 'sort' | 'order'>,
  ): Generator<VisibleReviewRow> {
    const order = this.orders.get(query.sort ?? 'ref')!;
    const words = searchWords(query.search);
    const descending = query.order === 'desc';
    for (let n = 0; n < order.length; n++) {
      const i = order[descending ? order.length - 1 - n : n];
      if (!visible.visible[i]) continue;
      const row = {
        item: this.items[i],
        text: this.texts[i],
        storeText: this.storeTexts[i],
        storeRef: visible.storeRefs[i],
      };
      if (matchesReviewFilters(row, query, words)) {
        yield row;
      }
    }
  }

  /** One page of the rows the caller may see, with the totals and summary of every match. */
  page(
    visible: VisibleReview,
    query: SecretsReviewQuery & { offset: number; limit: number },
  ): SecretsReviewPage {
    return {
      ...pageOfReview(this.matching(visible, query), query),
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

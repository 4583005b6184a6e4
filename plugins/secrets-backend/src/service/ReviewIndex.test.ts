import { loadExampleCatalog } from '@internal/stagecraft-test-utils';
import {
  DEFAULT_SECRETS_RULES_CONFIG,
  pageOfReview,
  REVIEW_SORT_KEYS,
  SecretsReviewQuery,
} from '@stagecraft/plugin-secrets-common';
import { buildSecretsReview } from './buildSecretsReview';
import { CatalogReadDecision } from './catalogReads';
import { ReviewIndex } from './ReviewIndex';

describe('ReviewIndex on the example catalog', () => {
  const { response, view } = buildSecretsReview(
    loadExampleCatalog(),
    DEFAULT_SECRETS_RULES_CONFIG,
  );
  const { items, generatedAt } = response;
  const everyone: CatalogReadDecision = { key: 'allow', readable: () => true };

  it('built in slices, orders every column as reviewSortOrder does', async () => {
    const sorted = new ReviewIndex(items, view, generatedAt);
    const sliced = await ReviewIndex.build(items, view, generatedAt);
    const refsIn = async (index: ReviewIndex, query: object) =>
      index
        .all(await index.visibleFor(everyone), query)
        .map(item => item.entityRef);

    expect(items.length).toBeGreaterThan(20);
    for (const sort of REVIEW_SORT_KEYS) {
      for (const order of ['asc', 'desc'] as const) {
        expect(await refsIn(sliced, { sort, order })).toEqual(
          await refsIn(sorted, { sort, order }),
        );
      }
    }
    expect(
      sliced.page(await sliced.visibleFor(everyone), {
        search: 'prod',
        offset: 0,
        limit: 5,
      }),
    ).toEqual(
      sorted.page(await sorted.visibleFor(everyone), {
        search: 'prod',
        offset: 0,
        limit: 5,
      }),
    );
  });

  it('computes what the last index’s callers saw before it is served', async () => {
    const hidden = items[0].entityRef;
    const readable = jest.fn(
      (entity: { metadata: { name: string } }) =>
        !hidden.endsWith(`/${entity.metadata.name}`),
    );
    const someone: CatalogReadDecision = { key: 'someone', readable };
    const perCaller: CatalogReadDecision = {
      key: 'catalog:user',
      readableRefs: jest.fn(async () => new Set<string>()),
    };
    const previous = new ReviewIndex(items, view, generatedAt);
    await previous.visibleFor(someone);
    await previous.visibleFor(perCaller);
    readable.mockClear();

    const next = new ReviewIndex(items, view, generatedAt);
    await next.warmFrom(previous);
    expect(readable).toHaveBeenCalled();
    expect(perCaller.readableRefs).toHaveBeenCalledTimes(1);
    readable.mockClear();

    const seen = await next.visibleFor(someone);
    expect(readable).not.toHaveBeenCalled();
    expect(seen).toEqual(await previous.visibleFor(someone));
    expect(seen.unfilteredTotal).toBe(items.length - 1);
  });

  it('answers each page as pageOfReview over the rows in the order asked, byte for byte', async () => {
    const index = await ReviewIndex.build(items, view, generatedAt);
    const position = new Map(items.map((item, i) => [item, i]));
    const someStore = items.find(item => item.store)!.store!.entityRef;
    const decisions: CatalogReadDecision[] = [
      everyone,
      {
        // Neither the first secret nor the first store.
        key: 'some',
        readable: entity =>
          ![items[0].entityRef, someStore].some(ref =>
            ref.endsWith(`/${entity.metadata.name}`),
          ),
      },
    ];
    const filters = [
      {},
      { status: 'non-compliant' },
      { status: 'orphaned' },
      { store: someStore },
      { store: 'none' },
      { owner: items[3].owner },
      { system: 'none' },
      { search: 'prod' },
      { search: 'no match at all' },
    ] as SecretsReviewQuery[];
    let pages = 0;
    for (const decision of decisions) {
      const visible = await index.visibleFor(decision);
      for (const filter of filters) {
        for (const sort of [undefined, ...REVIEW_SORT_KEYS]) {
          for (const order of ['asc', 'desc'] as const) {
            for (const [offset, limit] of [
              [0, 5],
              [5, 5],
              [0, 1000],
              [3, 0],
            ]) {
              const query = { ...filter, sort, order, offset, limit };
              const rows = index.all(visible, query).map(item => ({
                item,
                storeRef: visible.storeRefs[position.get(item)!],
              }));
              const expected = {
                ...pageOfReview(rows, query),
                unfilteredTotal: visible.unfilteredTotal,
                facets: visible.facets,
                stores: visible.stores,
                generatedAt,
              };
              // Twice: the matches are computed, then kept.
              expect(JSON.stringify(index.page(visible, query))).toBe(
                JSON.stringify(expected),
              );
              expect(JSON.stringify(index.page(visible, query))).toBe(
                JSON.stringify(expected),
              );
              pages += 1;
            }
          }
        }
      }
    }
    expect(pages).toBeGreaterThan(500);
  });
});

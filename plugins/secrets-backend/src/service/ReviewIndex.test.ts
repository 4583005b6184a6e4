import { loadExampleCatalog } from '@internal/stagecraft-test-utils';
import {
  DEFAULT_SECRETS_RULES_CONFIG,
  REVIEW_SORT_KEYS,
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
});

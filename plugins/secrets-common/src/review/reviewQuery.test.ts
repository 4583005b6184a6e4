import { SECRETS_ROUTES } from '../routes';
import {
  DEFAULT_REVIEW_LIMIT,
  MAX_REVIEW_LIMIT,
  parseReviewQuery,
  reviewQueryString,
} from './reviewQuery';

describe('parseReviewQuery', () => {
  it('reads every parameter, with the first page of the default size when none is asked', () => {
    expect(parseReviewQuery({})).toEqual({
      query: { offset: 0, limit: DEFAULT_REVIEW_LIMIT },
    });
    expect(
      parseReviewQuery({
        q: 'orders db',
        store: 'resource:default/vault',
        owner: 'none',
        system: 'system:default/shop',
        status: 'orphaned',
        offset: '50',
        limit: '100',
        sort: 'compliance',
        order: 'desc',
      }),
    ).toEqual({
      query: {
        search: 'orders db',
        store: 'resource:default/vault',
        owner: 'none',
        system: 'system:default/shop',
        status: 'orphaned',
        offset: 50,
        limit: 100,
        sort: 'compliance',
        order: 'desc',
      },
    });
  });

  it.each([
    [{ limit: '0' }, 'limit: expected a whole number from 1 to 500'],
    [{ limit: String(MAX_REVIEW_LIMIT + 1) }, 'limit'],
    [{ offset: '-1' }, 'offset'],
    [{ offset: '1.5' }, 'offset'],
    [{ status: 'broken' }, 'status: expected one of non-compliant'],
    [{ sort: 'value' }, 'sort: expected one of ref, name'],
    [{ order: 'up' }, 'order: expected asc or desc'],
    [{ q: ['a', 'b'] }, 'q: expected one value'],
  ])('refuses %j naming the parameter', (params, message) => {
    const parsed = parseReviewQuery(params);
    expect('error' in parsed && parsed.error).toContain(
      `Invalid query parameter ${message}`,
    );
  });
});

describe('the review paths', () => {
  it('carry the query, and the CSV only its filters and order', () => {
    const query = {
      search: 'a b',
      status: 'non-compliant' as const,
      offset: 25,
      limit: 25,
      sort: 'owner' as const,
      order: 'desc' as const,
    };
    expect(SECRETS_ROUTES.reviewPath(query)).toBe(
      '/secrets?q=a+b&status=non-compliant&offset=25&limit=25&sort=owner&order=desc',
    );
    expect(SECRETS_ROUTES.reviewCsvPath(query)).toBe(
      '/secrets/export.csv?q=a+b&status=non-compliant&sort=owner&order=desc',
    );
    expect(SECRETS_ROUTES.reviewPath({})).toBe('/secrets');
  });

  it('read back as the query they were built from', () => {
    const query = { search: 'x', owner: 'none', offset: 10, limit: 5 };
    const params = Object.fromEntries(
      new URLSearchParams(reviewQueryString(query)),
    );
    expect(parseReviewQuery(params)).toEqual({ query });
  });
});

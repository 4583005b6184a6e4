import { mockCredentials } from '@backstage/backend-test-utils';
import { mulberry32 } from '@internal/stagecraft-test-utils';

export { percentile } from '../shared/percentile';

/** The reviewer every bench request is made as. */
export const REVIEWER = 'user:default/bench-reviewer';
export const REVIEWER_AUTHORIZATION = mockCredentials.user.header(REVIEWER);

const SORTS = ['name', 'store', 'owner', 'compliance', 'dependents', 'ref'];
const FILTERS = [
  '',
  'status=non-compliant',
  'status=orphaned',
  'status=no-remediation-docs',
  'owner=group%3Adefault%2Fteam-7',
  'store=resource%3Adefault%2Fstore-3',
  'system=none',
  'q=secret-0123',
  'q=placeholder',
  'q=vault%20prod',
];

/**
 * `count` review queries as people page the Review tab: a filter or search
 * (or none), a sort (or the default), a page among the first few, 25 to 100
 * rows.
 */
export function reviewQueries(count: number): string[] {
  const random = mulberry32(7);
  const pick = <T>(list: readonly T[]) =>
    list[Math.floor(random() * list.length)];
  return Array.from({ length: count }, () => {
    const limit = pick([25, 25, 25, 50, 100]);
    const parts = [
      pick(FILTERS),
      random() < 0.3 ? '' : `sort=${pick(SORTS)}`,
      random() < 0.5 ? '' : 'order=desc',
      `offset=${limit * Math.floor(random() * 5)}`,
      `limit=${limit}`,
    ];
    return parts.filter(Boolean).join('&');
  });
}

/** Asks the review API each query in turn; their times in ms, sorted, and the bytes answered. */
export async function timeReviewApi(
  baseUrl: string,
  queries: readonly string[],
): Promise<{ times: number[]; bytes: number[] }> {
  const times: number[] = [];
  const bytes: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    const res = await fetch(`${baseUrl}/secrets?${query}`, {
      headers: { authorization: REVIEWER_AUTHORIZATION },
    });
    const body = await res.arrayBuffer();
    times.push(performance.now() - started);
    if (!res.ok) {
      throw new Error(`${query}: HTTP ${res.status} ${Buffer.from(body)}`);
    }
    bytes.push(body.byteLength);
  }
  return { times: times.sort((a, b) => a - b), bytes };
}

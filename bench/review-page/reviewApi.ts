import { mockCredentials } from '@backstage/backend-test-utils';
import { mulberry32 } from '@internal/stagecraft-test-utils';

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

/**
 * Asks the review API each query in turn; their times in ms (wall-clock, and
 * the CPU time this process spent, server and client: steadier on a loaded
 * machine), each sorted, the bytes answered, and the slowest queries.
 */
export async function timeReviewApi(
  baseUrl: string,
  queries: readonly string[],
): Promise<{
  times: number[];
  cpuTimes: number[];
  bytes: number[];
  slowest: string[];
}> {
  const timed: Array<{ query: string; ms: number; cpuMs: number }> = [];
  const bytes: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const res = await fetch(`${baseUrl}/secrets?${query}`, {
      headers: { authorization: REVIEWER_AUTHORIZATION },
    });
    const body = await res.arrayBuffer();
    const used = process.cpuUsage(cpu);
    timed.push({
      query,
      ms: performance.now() - started,
      cpuMs: (used.user + used.system) / 1000,
    });
    if (!res.ok) {
      throw new Error(`${query}: HTTP ${res.status} ${Buffer.from(body)}`);
    }
    bytes.push(body.byteLength);
  }
  const byTime = [...timed].sort((a, b) => a.ms - b.ms);
  return {
    times: byTime.map(t => t.ms),
    cpuTimes: timed.map(t => t.cpuMs).sort((a, b) => a - b),
    bytes,
    slowest: byTime
      .slice(-5)
      .reverse()
      .map(
        t => `${t.query} (${t.ms.toFixed(0)} ms, CPU ${t.cpuMs.toFixed(0)} ms)`,
      ),
  };
}

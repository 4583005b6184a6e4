import {
  applyExemptions,
  DEFAULT_CHECK_DEFINITIONS,
  DEFAULT_RESULTS_LIMIT,
  type EntityReadiness,
  type ReadinessResultsPage,
  type Exemption,
  type RunRecord,
  type SummaryRow,
  type TrendPoint,
} from '@stagecraft/plugin-readiness-common';
import { ReadinessClient } from '../api';
import { fakeExemptionRoutes } from './fakeExemptions';
import { json } from './responses';

export type FakeBackendOptions = {
  results?: EntityReadiness[];
  summary?: SummaryRow[];
  trend?: TrendPoint[];
  /** What POST /entities/:kind/:namespace/:name/evaluate answers; a 404 when undefined. */
  evaluated?: EntityReadiness;
  status?: number;
  /** The stored exemptions, each with its request as its audit trail so far. */
  exemptions?: Exemption[];
  /** The message POST /exemptions refuses every request with (403). */
  exemptionRefusal?: string;
  /** What GET /runs lists; one finished run, of every result, when undefined. */
  runs?: RunRecord[];
  /** A promise every answer waits for first, when given: a backend still working on it. */
  answersWaitFor?: Promise<unknown>;
};

/** A simple stand-in for the backend's summary, so that grouping can be tested. */
function summarize(
  results: EntityReadiness[],
  groupBy: 'owner' | 'system' | 'domain',
): SummaryRow[] {
  const groups = new Map<string | null, EntityReadiness[]>();
  for (const result of results) {
    const key = result[groupBy] ?? null;
    groups.set(key, [...(groups.get(key) ?? []), result]);
  }
  return [...groups.entries()].map(([key, rows]) => {
    const failingChecks: Record<string, number> = {};
    for (const row of rows) {
      for (const check of row.checks.filter(
        c => c.status !== 'pass' && c.status !== 'exempt',
      )) {
        failingChecks[check.checkId] = (failingChecks[check.checkId] ?? 0) + 1;
      }
    }
    const passing = rows.filter(r => r.status === 'pass').length;
    return {
      key,
      entities: rows.length,
      passing,
      failing: rows.length - passing,
      exempted: rows.filter(r => r.exempted).length,
      averageScore: Math.round(
        rows.reduce((sum, r) => sum + r.score, 0) / rows.length,
      ),
      failingChecks,
    };
  });
}

/** The page `offset`/`limit` asks of `results` (in their order), as the backend answers it. */
function pageOf(
  results: EntityReadiness[],
  params: URLSearchParams,
): ReadinessResultsPage {
  const offset = Number(params.get('offset') ?? 0);
  const limit = Number(params.get('limit') ?? DEFAULT_RESULTS_LIMIT);
  const scores = results.reduce((sum, r) => sum + r.score, 0);
  return {
    items: results.slice(offset, offset + limit),
    offset,
    limit,
    totalCount: results.length,
    totals: {
      passing: results.filter(r => r.status === 'pass').length,
      exempted: results.filter(r => r.exempted).length,
      averageScore: results.length ? Math.round(scores / results.length) : 0,
    },
  };
}

const notFound = () =>
  json({ error: { name: 'NotFoundError', message: 'Not found' } }, 404);

/**
 * The readiness client over a fake HTTP boundary: a `fetchApi` that answers
 * the backend's routes from fixtures and records each request. It reads `options` at each
 * request, so a test may change them meanwhile (as a run that finishes does).
 */
export function fakeReadinessBackend(options: FakeBackendOptions = {}) {
  const requests: Array<{ method: string; url: URL }> = [];
  const exemptionRoutes = fakeExemptionRoutes(
    options.exemptions,
    options.exemptionRefusal,
  );
  const client = new ReadinessClient({
    discoveryApi: {
      getBaseUrl: async () => 'http://localhost:7007/api/readiness',
    },
    fetchApi: {
      fetch: async (input: any, init?: RequestInit) => {
        const url = new URL(String(input));
        const method = init?.method ?? 'GET';
        requests.push({ method, url });
        await options.answersWaitFor;
        if (options.status) {
          return json(
            { error: { name: 'Error', message: 'backend down' } },
            options.status,
          );
        }
        // As the backend does, results read with the approved exemptions applied.
        const results = (options.results ?? []).map(result =>
          applyExemptions(result, exemptionRoutes.exemptions, new Date()),
        );
        const exemptionAnswer = exemptionRoutes.handle(
          method,
          url,
          init?.body ? JSON.parse(String(init.body)) : undefined,
        );
        if (exemptionAnswer) return exemptionAnswer;
        const path = url.pathname.replace('/api/readiness', '');
        if (method === 'POST' && path === '/evaluate')
          return json({ status: 'triggered' }, 202);
        const one = path.match(
          /^\/entities\/([^/]+)\/([^/]+)\/([^/]+)\/(readiness|evaluate)$/,
        );
        if (method === 'POST' && one?.[4] === 'evaluate') {
          return options.evaluated ? json(options.evaluated) : notFound();
        }
        if (one?.[4] === 'readiness') {
          const ref = `${one[1]}:${one[2]}/${one[3]}`;
          const found = results.find(r => r.entityRef === ref);
          return found ? json(found) : notFound();
        }
        switch (path) {
          case '/results': {
            const flag = (name: string) =>
              url.searchParams.get(name) === 'true';
            const matching = results.filter(
              r =>
                (!flag('failing') || r.status !== 'pass') &&
                (!flag('passing') || r.status === 'pass') &&
                (!flag('exempted') || Boolean(r.exempted)) &&
                (['owner', 'system', 'domain'] as const).every(
                  field =>
                    !url.searchParams.has(field) ||
                    r[field] === url.searchParams.get(field),
                ),
            );
            return json(pageOf(matching, url.searchParams));
          }
          case '/summary': {
            const groupBy = (url.searchParams.get('groupBy') ?? 'owner') as
              | 'owner'
              | 'system'
              | 'domain';
            return json({
              groupBy,
              items: options.summary ?? summarize(results, groupBy),
            });
          }
          case '/trend':
            return json({ items: options.trend ?? [] });
          case '/checks':
            return json({ items: DEFAULT_CHECK_DEFINITIONS });
          case '/runs':
            return json({
              items: options.runs ?? [
                {
                  id: 1,
                  startedAt: '2026-11-22T09:30:00Z',
                  finishedAt: '2026-11-22T09:30:02Z',
                  entities: options.results?.length ?? 0,
                  errors: 0,
                },
              ],
            });
          case '/results/export.csv':
            return new Response('entity_ref\r\n', {
              headers: { 'Content-Type': 'text/csv' },
            });
          default:
            return notFound();
        }
      },
    },
  });
  return { client, requests };
}

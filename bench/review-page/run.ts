/* eslint-disable no-console */
import { rmSync } from 'fs';
import { AddressInfo } from 'net';
import { monitorEventLoopDelay } from 'perf_hooks';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import secretsPlugin from '@stagecraft/plugin-secrets-backend';
import { printBenchLines, runBench } from '../shared/benchMain';
import { numberFromEnv } from '../shared/benchEnv';
import { machineLoad } from '../shared/machineLoad';
import { percentile } from '../shared/percentile';
import { generateCatalog, RESTRICTED_LABEL } from './generateCatalog';
import {
  reviewQueries,
  REVIEWER_AUTHORIZATION,
  timeReviewApi,
} from './reviewApi';
import { builtApp, measureReviewPage } from './reviewPage';
import { catalogStreams, servedCatalogFactory } from './servedCatalog';

const SECRETS = numberFromEnv('BENCH_SECRETS', 50_000);
const REQUESTS = numberFromEnv('BENCH_REQUESTS', 500);
/** `stagecraft.secrets.review.cacheTtl` (the default 30s unless set). */
const CACHE_TTL = process.env.BENCH_CACHE_TTL;
/** `mock` serves the catalog from `catalogServiceMock`, which filters synchronously. */
const CATALOG = process.env.BENCH_CATALOG ?? 'served';
/**
 * Every this many ms, one secret's description changes (and its etag): the
 * catalog is never the same twice, so each refresh computes the whole review
 * again (the worst case). Off unless set.
 */
const CHURN_MS = numberFromEnv('BENCH_CHURN_MS', 0);
/** `0` skips the browser part. */
const PAGE = process.env.BENCH_PAGE !== '0';
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/**
 * The reviewer may read the review, and every entity but those labelled
 * restricted: a conditional decision, as real policies give.
 */
const reviewerPolicy = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: () => ({
    authorize: async requests =>
      requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    authorizeConditional: async requests =>
      requests.map(() => ({
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'catalog',
        resourceType: 'catalog-entity',
        conditions: {
          not: {
            rule: 'HAS_LABEL',
            resourceType: 'catalog-entity',
            params: { label: RESTRICTED_LABEL },
          },
        },
      })),
  }),
});

async function main() {
  const loadBefore = machineLoad();
  const entities = generateCatalog(SECRETS);
  console.error(`${entities.length} entities, ${SECRETS} secrets`);

  const backend = await startTestBackend({
    features: [
      secretsPlugin,
      CATALOG === 'mock'
        ? catalogServiceMock.factory({ entities })
        : servedCatalogFactory(entities),
      reviewerPolicy,
      mockServices.rootConfig.factory({
        data: {
          stagecraft: {
            secrets: {
              notifications: { enabled: false },
              ...(CACHE_TTL ? { review: { cacheTtl: CACHE_TTL } } : {}),
            },
          },
        },
      }),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  const api = `http://127.0.0.1:${port}/api/secrets`;

  try {
    const coldStarted = performance.now();
    const first = await fetch(`${api}/secrets?limit=25`, {
      headers: { authorization: REVIEWER_AUTHORIZATION },
    });
    const firstPage = await first.json();
    const coldMs = performance.now() - coldStarted;
    if (!first.ok) throw new Error(JSON.stringify(firstPage));

    let churned = 0;
    const churn =
      CHURN_MS > 0
        ? setInterval(() => {
            const secret = entities.find(
              e => e.spec?.type === 'secret' && !e.metadata.labels,
            )!;
            churned += 1;
            secret.metadata.description = `Changed ${churned} times.`;
            secret.metadata.etag = `churned-${churned}`;
          }, CHURN_MS)
        : undefined;
    const queries = reviewQueries(REQUESTS);
    await timeReviewApi(api, queries.slice(0, 50)); // warm-up
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const { times, cpuTimes, bytes, slowest } = await timeReviewApi(
      api,
      queries,
    );
    console.error(`slowest requests:\n  ${slowest.join('\n  ')}`);
    loopDelay.disable();
    clearInterval(churn);
    const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;

    printBenchLines([
      ['secrets', SECRETS],
      ['entities', entities.length],
      ['review_visible_secrets', firstPage.unfilteredTotal],
      ['review_index_cold_ms', round(coldMs)],
      ['review_api_requests', times.length],
      ['review_api_p50_ms', round(percentile(times, 50), 2)],
      ['review_api_p99_ms', round(percentile(times, 99), 2)],
      ['review_api_max_ms', round(times[times.length - 1], 2)],
      ['review_api_cpu_p50_ms', round(percentile(cpuTimes, 50), 2)],
      ['review_api_cpu_p99_ms', round(percentile(cpuTimes, 99), 2)],
      [
        'review_api_page_kb_p50',
        round(
          percentile(
            [...bytes].sort((a, b) => a - b),
            50,
          ) / 1024,
        ),
      ],
      ['catalog_changes', churned],
      ['catalog_streams_versions_only', catalogStreams.versionsOnly],
      ['catalog_streams_more', catalogStreams.more],
      ['review_event_loop_delay_max_ms', round(loopDelay.max / 1e6)],
      ['bench_process_heap_mb', round(heapMb)],
      ['load_after_api', JSON.stringify(machineLoad())],
    ]);
    if (!PAGE) return;

    const appDir = builtApp();
    let pageFigures;
    try {
      pageFigures = await measureReviewPage(appDir, api);
    } finally {
      rmSync(appDir, { recursive: true, force: true });
    }
    printBenchLines([
      ['review_page_title', JSON.stringify(pageFigures.shownTitle)],
      ['review_page_interactive_ms', pageFigures.interactiveMs],
      ['review_page_filter_ms', pageFigures.filterMs],
      ['review_page_api_kb', round(pageFigures.apiBytes / 1024)],
      ['review_page_bytes_mb', round(pageFigures.bytes / 1024 / 1024, 2)],
      ['review_page_requests', pageFigures.requests],
      ['load_before', JSON.stringify(loadBefore)],
      ['load_after', JSON.stringify(machineLoad())],
    ]);
  } finally {
    await backend.stop();
  }
}

// The backend's scheduler keeps timers: leave once the figures are printed.
runBench(() => main().then(() => process.exit(0)));

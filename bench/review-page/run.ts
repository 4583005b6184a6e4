/* eslint-disable no-console */
import { execSync } from 'child_process';
import { rmSync } from 'fs';
import { AddressInfo } from 'net';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import secretsPlugin from '@stagecraft/plugin-secrets-backend';
import { printBenchLines, runBench } from '../shared/benchMain';
import { generateCatalog, RESTRICTED_LABEL } from './generateCatalog';
import {
  percentile,
  reviewQueries,
  REVIEWER_AUTHORIZATION,
  timeReviewApi,
} from './reviewApi';
import { builtApp, measureReviewPage } from './reviewPage';

const SECRETS = Number(process.env.BENCH_SECRETS ?? 50_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
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
  const load = () => execSync('uptime').toString().trim();
  const loadBefore = load();
  const entities = generateCatalog(SECRETS);
  console.error(`${entities.length} entities, ${SECRETS} secrets`);

  const backend = await startTestBackend({
    features: [
      secretsPlugin,
      catalogServiceMock.factory({ entities }),
      reviewerPolicy,
      mockServices.rootConfig.factory({
        data: {
          stagecraft: { secrets: { notifications: { enabled: false } } },
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

    const queries = reviewQueries(REQUESTS);
    await timeReviewApi(api, queries.slice(0, 50)); // warm-up
    const { times, bytes } = await timeReviewApi(api, queries);
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
      [
        'review_api_page_kb_p50',
        round(
          percentile(
            [...bytes].sort((a, b) => a - b),
            50,
          ) / 1024,
        ),
      ],
      ['bench_process_heap_mb', round(heapMb)],
      ['load_after_api', JSON.stringify(load())],
    ]);

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
      ['load_after', JSON.stringify(load())],
    ]);
  } finally {
    await backend.stop();
  }
}

// The backend's scheduler keeps timers: leave once the figures are printed.
runBench(() => main().then(() => process.exit(0)));

/* eslint-disable no-console */
import { eventually } from '@internal/stagecraft-test-utils';
import { BENCH_CAMPAIGN } from './memoryBackend';

/** The bench's requests may wait for a cold index over 100,000 entities on a loaded machine. */
const REQUEST_TIMEOUT_MS = 15 * 60_000;

/** The backend the warm-up steps call: its address and the static token of the bench. */
export interface BenchBackend {
  baseUrl: string;
  token: string;
  /** Whether the backend process still runs. */
  alive(): boolean;
}

const request = (
  backend: BenchBackend,
  method: 'GET' | 'POST',
  urlPath: string,
) =>
  fetch(`${backend.baseUrl}${urlPath}`, {
    method,
    headers: { authorization: `Bearer ${backend.token}` },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });

/**
 * One request; fails naming the path and the answer unless it is 2xx. A GET whose pooled
 * connection the backend closed meanwhile (`fetch failed`, the backend still running) is
 * asked once more: a 100,000-entity run lost every figure to one such reset.
 */
async function call(
  backend: BenchBackend,
  method: 'GET' | 'POST',
  urlPath: string,
): Promise<any> {
  const response = await request(backend, method, urlPath).catch(error => {
    if (method !== 'GET' || !backend.alive()) throw error;
    console.error(`memory: asking ${urlPath} again after ${error}`);
    return request(backend, method, urlPath);
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(
      `${method} ${urlPath}: HTTP ${response.status} ${text.slice(0, 500)}`,
    );
  }
  return response.headers.get('content-type')?.includes('json')
    ? JSON.parse(text)
    : text;
}

/** A warm-up step: what a user does first with one plugin. */
export interface WarmUpStep {
  /** Names the step's figure: `backend_rss_after_<name>_mb`. */
  name: string;
  run(backend: BenchBackend): Promise<string>;
}

/** The blast radius of a secret store most secrets live in: the index built, one query answered. */
const blastRadius: WarmUpStep = {
  name: 'blast_radius',
  async run(backend) {
    const answer = await call(
      backend,
      'GET',
      '/api/blast-radius/entities/resource/default/store-0/blast-radius',
    );
    return `store-0's blast radius: ${answer.nodes.length} entities`;
  },
};

/** The secrets review: computed, then a few pages as a reviewer pages it. */
const secretsReview: WarmUpStep = {
  name: 'secrets_review',
  async run(backend) {
    const first = await call(backend, 'GET', '/api/secrets/secrets?limit=25');
    for (const query of [
      'status=non-compliant&limit=50',
      'sort=dependents&order=desc&limit=100',
      'q=secret-1&offset=25&limit=25',
    ]) {
      await call(backend, 'GET', `/api/secrets/secrets?${query}`);
    }
    return `secrets review: ${first.unfilteredTotal ?? first.total} secrets`;
  },
};

/** One whole-catalog readiness evaluation, started and waited for. */
const readinessEvaluation: WarmUpStep = {
  name: 'readiness_evaluation',
  async run(backend) {
    await call(backend, 'POST', '/api/readiness/evaluate');
    let finished: { entities?: number; finishedAt?: string } | undefined;
    await eventually(
      'a finished readiness run',
      async () => {
        // A connection reset while the evaluation holds the event loop is asked again.
        const answer = await call(backend, 'GET', '/api/readiness/runs').catch(
          error => {
            if (!backend.alive()) {
              throw new Error('The backend exited during the readiness run');
            }
            console.error(`memory: asking again after ${error}`);
            return { items: [] };
          },
        );
        const { items } = answer;
        finished = items.find((run: { finishedAt?: string }) => run.finishedAt);
        return Boolean(finished);
      },
      { timeoutMs: 40 * 60_000, intervalMs: 2_000 },
    );
    return `readiness run: ${finished?.entities} entities`;
  },
};

/**
 * The run's summary and first page of results, as the readiness page shows them: a step of
 * its own, so that the run's peak is told apart from reading its results.
 */
const readinessResults: WarmUpStep = {
  name: 'readiness_results',
  async run(backend) {
    const summary = await call(
      backend,
      'GET',
      '/api/readiness/summary?groupBy=owner',
    );
    const results = await call(
      backend,
      'GET',
      '/api/readiness/results?limit=50',
    );
    return `readiness summary: ${summary.items.length} owners; results: ${results.items.length} of ${results.totalCount}`;
  },
};

/** The views of `pipelines` pipelines, their stages' metrics from the fake CloudWatch. */
function pipelineViews(pipelines: string[]): WarmUpStep {
  return {
    name: 'pipeline_views',
    async run(backend) {
      for (const name of pipelines) {
        const view = await call(
          backend,
          'GET',
          `/api/pipelines/entities/component/default/${name}/pipeline?range=1h`,
        );
        if (view.source !== 'cloudwatch') {
          throw new Error(`${name}'s view came from ${view.source}`);
        }
      }
      return `${pipelines.length} pipeline views`;
    },
  };
}

/** The campaign over every team: its progress, the list and its entities' CSV. */
const campaignProgress: WarmUpStep = {
  name: 'campaign_progress',
  async run(backend) {
    await call(backend, 'GET', '/api/readiness/campaigns');
    const progress = await call(
      backend,
      'GET',
      `/api/readiness/campaigns/${BENCH_CAMPAIGN}/progress`,
    );
    await call(
      backend,
      'GET',
      `/api/readiness/campaigns/${BENCH_CAMPAIGN}/results.csv`,
    );
    return `campaign progress: ${JSON.stringify(progress.totals ?? {})}`;
  },
};

/** Every Stagecraft plugin warmed as its users would, one after the other. */
export function warmUpSteps(pipelines: string[]): WarmUpStep[] {
  return [
    blastRadius,
    secretsReview,
    readinessEvaluation,
    readinessResults,
    pipelineViews(pipelines),
    campaignProgress,
  ];
}

/**
 * Part 2: requests the open pages make over one hour, polling (as the pages did before
 * signals) and pushed (as they do now), for viewers spread over the five time ranges. The
 * pushed side runs the real MetricsWatch and MetricsSignalPublisher on a clock moved in
 * steps of METRICS_SIGNAL_CHECK_SECONDS, and counts each page's loads: one per signal it
 * receives, plus a safety load after METRICS_SAFETY_POLL_MS without any.
 */
import { mockCredentials } from '@backstage/backend-test-utils';
import {
  METRICS_SAFETY_POLL_MS,
  METRICS_SIGNAL_CHECK_SECONDS,
  METRICS_SIGNAL_JITTER_MS,
  TIME_RANGES,
  TIME_RANGE_SPECS,
  TimeRange,
  pipelineMetricsSignalChannel,
} from '@stagecraft/plugin-pipelines-common';
import { pipelinesBackend } from './setup';

const HOUR_MS = 3_600_000;

/** How often a page polled before signals: once a metric period, between 1 and 5 minutes. */
export function formerPollIntervalMs(range: TimeRange): number {
  const periodMs = TIME_RANGE_SPECS[range].periodSeconds * 1000;
  return Math.min(Math.max(periodMs, 60_000), 300_000);
}

/** One thing on a page that loads by itself: the pipeline view, or the selected stage's charts. */
interface Loader {
  user: string;
  facet: 'pipeline' | 'metrics';
  ref: { kind: string; namespace: string; name: string };
  channel: string;
  range: TimeRange;
  lastLoadAt: number;
}

export interface HourResult {
  polling: number;
  pushed: number;
  signalled: number;
  safety: number;
  /** Mean seconds from a window's end to a page showing it. */
  lagPollingS: number;
  lagPushedS: number;
  /** Requests a polling page would make in the hour to be as fresh as the pushed one. */
  pollingAtPushedLag: number;
}

export async function hourOfRequests(
  stages: number,
  viewers: number,
): Promise<HourResult> {
  // Half a check after a minute: the checks land mid-way between period boundaries, on average.
  const start =
    Date.UTC(2025, 5, 2, 14, 0, 0) + (METRICS_SIGNAL_CHECK_SECONDS * 1000) / 2;
  let now = start;
  const backend = pipelinesBackend(stages, () => now);
  const loaders: Loader[] = [];
  for (let viewer = 0; viewer < viewers; viewer++) {
    const user = `user:default/viewer-${viewer}`;
    const range = TIME_RANGES[viewer % TIME_RANGES.length];
    const pipeline = {
      kind: 'component',
      namespace: 'default',
      name: 'bench-pipeline',
    };
    const stage = {
      kind: 'component',
      namespace: 'default',
      name: `fn-${viewer % stages}`,
    };
    // The page opens: both loads, with the viewer's own credentials.
    const auth = { credentials: mockCredentials.user(user) };
    await backend.service.getPipelineView(pipeline, range, auth);
    await backend.service.getStageMetrics(stage, range, auth);
    for (const [facet, ref] of [
      ['pipeline', pipeline],
      ['metrics', stage],
    ] as const) {
      loaders.push({
        user,
        facet,
        ref,
        channel: pipelineMetricsSignalChannel(ref),
        range,
        lastLoadAt: now,
      });
    }
  }

  let signalled = 0;
  let safety = 0;
  let lagSum = 0;
  const byChannelAndUser = new Map(
    loaders.map(l => [`${l.channel}|${l.user}|${l.range}`, l]),
  );
  const load = (loader: Loader) => {
    loader.lastLoadAt = now;
    // What the load does on the backend: the view stays watched by this user.
    backend.watch.viewed(loader.facet, loader.ref, loader.range, loader.user);
  };
  for (
    now = start + METRICS_SIGNAL_CHECK_SECONDS * 1000;
    now <= start + HOUR_MS;
    now += METRICS_SIGNAL_CHECK_SECONDS * 1000
  ) {
    backend.signals.length = 0;
    await backend.publisher.publishDue();
    for (const signal of backend.signals) {
      const { range, windowEnd } = signal.message as {
        range: TimeRange;
        windowEnd: number;
      };
      for (const user of (signal.recipients as { entityRef: string[] })
        .entityRef) {
        const loader = byChannelAndUser.get(
          `${signal.channel}|${user}|${range}`,
        );
        if (!loader) continue;
        signalled++;
        lagSum += now - windowEnd + METRICS_SIGNAL_JITTER_MS / 2;
        load(loader);
      }
    }
    for (const loader of loaders) {
      if (now - loader.lastLoadAt >= METRICS_SAFETY_POLL_MS) {
        safety++;
        load(loader);
      }
    }
  }

  const polling = loaders.reduce(
    (sum, l) => sum + Math.floor(HOUR_MS / formerPollIntervalMs(l.range)),
    0,
  );
  const lagPollingMs =
    loaders.reduce((sum, l) => sum + formerPollIntervalMs(l.range) / 2, 0) /
    loaders.length;
  return {
    polling,
    pushed: signalled + safety,
    signalled,
    safety,
    lagPollingS: lagPollingMs / 1000,
    lagPushedS: lagSum / Math.max(signalled, 1) / 1000,
    // Polling every 2L seconds shows new data L seconds late on average.
    pollingAtPushedLag: Math.round(
      (loaders.length * HOUR_MS) / (2 * (lagSum / Math.max(signalled, 1))),
    ),
  };
}

import {
  MetricDefinition,
  MetricPoint,
  MetricWindow,
  MonitoredStageType,
} from '@stagecraft/plugin-pipelines-common';
import { SimulationHints } from '../types';
import { Incident, IncidentKind, incidentAt, incidentKinds } from './incidents';
import { draw, hashString } from './prng';
import { MINUTE_MS, dailyTraffic } from './trafficShape';

/** Per-stage constants, drawn once from the seed. */
interface StageProfile {
  seed: number;
  stageType: MonitoredStageType;
  hints: SimulationHints;
  /** Records, invocations or messages per minute at peak. */
  volume: number;
  recordBytes: number;
  p50Ms: number;
  scheduleOffset: number;
  queueDepth: number;
  deadLetters: number;
  executionsPerHour: number;
  incidentKinds: IncidentKind[];
}

const logUniform = (r: number, min: number, max: number) =>
  Math.exp(Math.log(min) + r * (Math.log(max) - Math.log(min)));

function profileOf(
  stageType: MonitoredStageType,
  hints: SimulationHints,
): StageProfile {
  const seed = hashString(hints.seed);
  const r = (salt: number) => draw(seed, salt);
  const volumes: Record<MonitoredStageType, [number, number]> = {
    'kinesis-stream': [4_000, 60_000],
    'firehose-delivery-stream': [3_000, 40_000],
    'lambda-function': [40, 900],
    'sqs-queue': [50, 900],
    'state-machine': [1, 1],
  };
  return {
    seed,
    stageType,
    hints,
    volume: Math.round(logUniform(r(1), ...volumes[stageType])),
    recordBytes: Math.round(400 + r(2) * 1600),
    p50Ms: Math.round(logUniform(r(3), 35, 420)),
    scheduleOffset: Math.floor(r(4) * 30),
    queueDepth: Math.round(2 + r(5) * 40),
    deadLetters: Math.round(3 + r(6) * 120),
    executionsPerHour: 1 + Math.floor(r(7) * 12),
    incidentKinds: incidentKinds(stageType, hints),
  };
}

/** Symmetric noise in [-1, 1) for a metric and minute. */
function noise(p: StageProfile, salt: number, minute: number): number {
  return draw(p.seed, salt, minute) * 2 - 1;
}

function unit(p: StageProfile, salt: number, minute: number): number {
  return draw(p.seed, salt, minute);
}

/** How far into an incident (0..1). */
const progress = (incident: Incident, t: number) =>
  Math.min(1, (t - incident.start) / incident.durationMs);

/**
 * The value of one metric for the minute starting at `t`, or undefined when CloudWatch
 * would have no datapoint (e.g. iterator age of a Lambda that no stream feeds).
 */
interface MinuteContext {
  t: number;
  minute: number;
  incident?: Incident;
  traffic: number;
}

function minuteContext(p: StageProfile, t: number): MinuteContext {
  const minute = Math.floor(t / MINUTE_MS);
  return {
    t,
    minute,
    incident: incidentAt(p.seed, p.incidentKinds, t),
    traffic: dailyTraffic(t) * (1 + 0.07 * noise(p, 21, minute)),
  };
}

function valueAt(
  p: StageProfile,
  metricId: string,
  ctx: MinuteContext,
): number | undefined {
  const { t, minute, incident, traffic } = ctx;
  const is = (kind: Incident['kind']) => incident?.kind === kind;
  const elapsed = incident ? t - incident.start : 0;

  switch (p.stageType) {
    case 'kinesis-stream': {
      const records = is('data-stopped') ? 0 : p.volume * traffic;
      switch (metricId) {
        case 'incomingRecords':
          return Math.round(records);
        case 'incomingBytes':
          return Math.round(
            records * p.recordBytes * (1 + 0.04 * noise(p, 22, minute)),
          );
        case 'iteratorAgeMs':
          return is('iterator-age-climb')
            ? Math.round(800 + elapsed * 0.85)
            : Math.round(120 + 380 * unit(p, 23, minute));
        case 'readThrottles':
          return unit(p, 24, minute) < 0.015 ? 1 : 0;
        case 'writeThrottles':
          return is('throttle-burst')
            ? Math.round(25 + 220 * unit(p, 25, minute))
            : 0;
        default:
          return undefined;
      }
    }
    case 'lambda-function': {
      const scheduledRun = minute % 30 === p.scheduleOffset ? 1 : 0;
      const invocations = p.hints.scheduled
        ? scheduledRun
        : Math.round(p.volume * traffic);
      const slow = is('slow-invocations')
        ? 3.5 + 2 * progress(incident!, t)
        : 1;
      const p50 = p.p50Ms * (1 + 0.12 * noise(p, 31, minute)) * slow;
      switch (metricId) {
        case 'invocations':
          return invocations;
        case 'errors': {
          const rate = is('error-burst')
            ? 0.06 + 0.22 * unit(p, 32, minute)
            : 0.0015 * unit(p, 33, minute);
          return Math.round(invocations * rate);
        }
        case 'throttles':
          return is('throttle-burst')
            ? Math.round(invocations * (0.1 + 0.3 * unit(p, 34, minute)))
            : 0;
        case 'durationP50':
          return invocations > 0 ? Math.round(p50) : undefined;
        case 'durationP99':
          return invocations > 0
            ? Math.round(p50 * (3 + unit(p, 35, minute)))
            : undefined;
        case 'durationMax':
          return invocations > 0
            ? Math.round(p50 * (4.5 + 2 * unit(p, 36, minute)))
            : undefined;
        case 'iteratorAgeMs':
          if (!p.hints.streamSourced) return undefined;
          return is('iterator-age-climb')
            ? Math.round(1_000 + elapsed * 0.9)
            : Math.round(150 + 650 * unit(p, 37, minute));
        case 'concurrentExecutions':
          return Math.max(
            invocations > 0 ? 1 : 0,
            Math.round(((invocations / 60) * p50 * 2.2) / 1000),
          );
        default:
          return undefined;
      }
    }
    case 'firehose-delivery-stream':
      switch (metricId) {
        case 'incomingRecords':
          return is('data-stopped') ? 0 : Math.round(p.volume * traffic);
        case 'deliveryToS3Success':
          return is('delivery-failures') ? 0.35 + 0.3 * unit(p, 41, minute) : 1;
        case 'dataFreshnessSeconds':
          return is('freshness-climb') || is('delivery-failures')
            ? Math.round(300 + elapsed / 1000)
            : Math.round(230 + 100 * unit(p, 42, minute));
        default:
          return undefined;
      }
    case 'sqs-queue': {
      if (p.hints.deadLetterQueue) {
        const arrived = is('dead-letters')
          ? Math.ceil(p.deadLetters * Math.min(1, progress(incident!, t) * 3))
          : 0;
        if (metricId === 'visibleMessages') return arrived;
        if (metricId === 'oldestMessageAgeSeconds') {
          return arrived > 0 ? Math.round(elapsed / 1000) : 0;
        }
        return undefined;
      }
      const backlog = is('backlog');
      switch (metricId) {
        case 'visibleMessages':
          return backlog
            ? Math.round(p.queueDepth + p.volume * 4 * progress(incident!, t))
            : Math.round(p.queueDepth * traffic * unit(p, 51, minute) * 2);
        case 'oldestMessageAgeSeconds':
          return backlog
            ? Math.round(45 + elapsed / 1000)
            : Math.round(2 + 28 * unit(p, 52, minute));
        default:
          return undefined;
      }
    }
    case 'state-machine': {
      const started = unit(p, 61, minute) < p.executionsPerHour / 60 ? 1 : 0;
      const failing = is('execution-failures');
      switch (metricId) {
        case 'executionsStarted':
          return started;
        case 'executionsFailed':
          return failing && (started || unit(p, 62, minute) < 0.2) ? 1 : 0;
        case 'executionsTimedOut':
          return failing && unit(p, 63, minute) < 0.05 ? 1 : 0;
        default:
          return undefined;
      }
    }
    default:
      return undefined;
  }
}

/** Minutes sampled per period: every minute up to 12, then evenly spread. */
function sampleTimes(periodStart: number, periodSeconds: number): number[] {
  const minutes = Math.max(1, Math.round(periodSeconds / 60));
  const samples = Math.min(minutes, 12);
  const step = minutes / samples;
  return Array.from(
    { length: samples },
    (_, i) => periodStart + Math.floor(i * step) * MINUTE_MS,
  );
}

function aggregate(
  metric: MetricDefinition,
  values: number[],
  minutesPerPeriod: number,
): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  switch (metric.statistic) {
    case 'Sum':
      return Math.round(mean * minutesPerPeriod);
    case 'Maximum':
      return Math.max(...values);
    case 'Minimum':
      return Math.min(...values);
    default:
      return Math.round(mean * 1000) / 1000;
  }
}

/**
 * Simulated series for one stage: a daily traffic shape with noise, and now and then an
 * incident (a climbing iterator age, an error burst, throttling, a backlog, data stopping),
 * all deterministic per entity (seeded by its ref) and per minute, so every viewer and
 * every range agree.
 */
export function simulateStage(
  stageType: MonitoredStageType,
  hints: SimulationHints,
  metrics: MetricDefinition[],
  window: Pick<MetricWindow, 'start' | 'end' | 'periodSeconds'>,
): Record<string, MetricPoint[]> {
  const p = profileOf(stageType, hints);
  const periodMs = window.periodSeconds * 1000;
  const minutesPerPeriod = window.periodSeconds / 60;
  const series: Record<string, MetricPoint[]> = Object.fromEntries(
    metrics.map(m => [m.id, [] as MetricPoint[]]),
  );
  for (let t = window.start; t < window.end; t += periodMs) {
    const contexts = sampleTimes(t, window.periodSeconds).map(s =>
      minuteContext(p, s),
    );
    for (const metric of metrics) {
      const values = contexts
        .map(ctx => valueAt(p, metric.id, ctx))
        .filter((v): v is number => v !== undefined);
      if (values.length > 0) {
        series[metric.id].push([
          t,
          aggregate(metric, values, minutesPerPeriod),
        ]);
      }
    }
  }
  return series;
}

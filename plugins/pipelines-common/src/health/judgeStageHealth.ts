import { Entity } from '@backstage/catalog-model';
import { Freshness } from '../api';
import { MetricPoint } from '../metrics/series';
import { isMonitoredStageType } from '../model/stageTypes';
import { StageDescriptor } from '../model/pipelineFlow';
import { evaluateStageHealth, HealthInput } from './evaluate';
import { StageHealth, worstHealth } from './state';
import {
  HealthThresholds,
  mergeThresholds,
  readThresholdOverrides,
} from './thresholds';

/** What a metrics source returned for one stage: its series, if any, and how fresh they are. */
export interface FetchedStageMetrics {
  series?: Record<string, MetricPoint[]>;
  freshness: Freshness;
}

export interface StageHealthJudgement {
  health: StageHealth;
  /** Problems with the stage's threshold annotations. */
  problems: string[];
}

/**
 * The health of one stage of a pipeline, as the pipeline pages show it:
 * `unknown` for a stage missing from the catalog or whose metrics could not
 * be read, `not-monitored` for a stage of an unmonitored type or without an
 * AWS target, else judged on its metrics with the entity's threshold
 * overrides on top of `thresholds`; metrics served stale add an `unknown`
 * reason that says how old they are.
 */
export function judgeStageHealth(input: {
  stage: StageDescriptor;
  /** The stage's entity; undefined when the catalog has none. */
  entity: Entity | undefined;
  /** Undefined when nothing was fetched for the stage. */
  fetched: FetchedStageMetrics | undefined;
  window: HealthInput['window'];
  thresholds: HealthThresholds;
}): StageHealthJudgement {
  const { stage, entity, fetched, window, thresholds } = input;
  if (stage.missing || !entity) {
    return { health: { state: 'unknown', reasons: [] }, problems: [] };
  }
  const { overrides, problems } = readThresholdOverrides(entity);
  if (!isMonitoredStageType(stage.stageType)) {
    return { health: { state: 'not-monitored', reasons: [] }, problems };
  }
  if (!stage.aws) {
    return {
      health: {
        state: 'not-monitored',
        reasons: stage.problems.map(message => ({
          state: 'not-monitored' as const,
          metric: 'catalog',
          message,
        })),
      },
      problems,
    };
  }
  if (!fetched?.series) {
    return {
      health: {
        state: 'unknown',
        reasons: [
          {
            state: 'unknown',
            metric: 'fetch',
            message: fetched?.freshness.error ?? 'No metrics were returned',
          },
        ],
      },
      problems,
    };
  }
  const health = evaluateStageHealth({
    stageType: stage.stageType,
    series: fetched.series,
    window,
    thresholds: mergeThresholds(thresholds, overrides),
  });
  if (fetched.freshness.stale) {
    health.reasons.push({
      state: 'unknown',
      metric: 'fetch',
      message: `Judged on data ${Math.round(
        (fetched.freshness.staleAgeMs ?? 0) / 60_000,
      )} min old: ${fetched.freshness.error ?? 'the latest fetch failed'}`,
    });
    health.state = worstHealth([health.state, 'unknown']);
  }
  return { health, problems };
}

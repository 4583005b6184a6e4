import { createHash } from 'crypto';
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { existingEntityRefs } from '@stagecraft/backend-node';
import {
  HealthThresholds,
  METRIC_PROFILES,
  MetricSeries,
  MetricWindow,
  MONITORED_STAGE_TYPES,
  PipelineView,
  StageConfigResponse,
  StageDescriptor,
  StageMetrics,
  StageStatus,
  TimeRange,
  buildPipelineFlow,
  describeStage,
  isMonitoredStageType,
  judgeStageHealth,
  metricWindow,
  pipelineStageRefs,
  worstHealth,
} from '@stagecraft/plugin-pipelines-common';
import { LiveConfigSource } from '../liveConfig/types';
import {
  Clock,
  MetricsSource,
  StageFetchResult,
  StageMetricsRequest,
} from '../metrics/types';
import {
  EntityLookup,
  flowNeighbourRefs,
  liveConfigHints,
  simulationHints,
} from './stageContext';
import { withoutStages } from './hiddenStages';
import { MetricsWatch, WatchedFacet } from './MetricsWatch';
import {
  Credentials,
  loadEntity,
  loadMoreEntities,
  loadPipeline,
} from './catalogEntities';

/** Health is always judged on the last hour at one-minute resolution, whatever range is drawn. */
const HEALTH_RANGE: TimeRange = '1h';

export interface PipelinesServiceOptions {
  catalog: CatalogService;
  /** The plugin's own credentials tell a stage the caller may not read from a missing one. */
  auth: AuthService;
  metrics: MetricsSource;
  liveConfig: LiveConfigSource;
  thresholds: HealthThresholds;
  logger: LoggerService;
  clock?: Clock;
  /** Learns which views users have open, for `MetricsSignalPublisher` to refresh and announce. */
  watch?: MetricsWatch;
}

/** The signed-in user behind a request, if it is one (services do not watch views). */
function userOf({ credentials }: Credentials): string | undefined {
  const principal = credentials.principal as
    | { type?: string; userEntityRef?: string }
    | undefined;
  return principal?.type === 'user' ? principal.userEntityRef : undefined;
}

/** Builds pipeline views, stage metrics and live configuration from the catalog and a metrics source. */
export class PipelinesService {
  private readonly clock: Clock;
  /**
   * Views computed in the current metric period, by what they were computed from (range,
   * window, and the exact entities the caller could see), so 50 viewers cost one computation.
   * Views where any stage failed to fetch are not kept.
   */
  private readonly recentViews = new Map<
    string,
    { view: Promise<PipelineView>; expiresAt: number }
  >();

  constructor(private readonly options: PipelinesServiceOptions) {
    this.clock = options.clock ?? Date.now;
  }

  /** A user who may read the entity has loaded its view. */
  private watched(
    facet: WatchedFacet,
    ref: CompoundEntityRef,
    range: TimeRange,
    auth: Credentials,
  ): void {
    const user = userOf(auth);
    if (user) this.options.watch?.viewed(facet, ref, range, user);
  }

  private loadMore(
    known: Map<string, Entity | undefined>,
    refs: string[],
    auth: Credentials,
  ): Promise<Map<string, Entity | undefined>> {
    return loadMoreEntities(this.options.catalog, known, refs, auth);
  }

  private request(
    stage: StageDescriptor,
    entities: EntityLookup,
    metricIds?: string[],
  ): StageMetricsRequest {
    const target = stage.aws!;
    const all = METRIC_PROFILES[target.stageType].metrics;
    return {
      key: stage.ref,
      target,
      metrics: metricIds ? all.filter(m => metricIds.includes(m.id)) : all,
      hints: simulationHints(entities.get(stage.ref)!, entities),
    };
  }

  private seriesOf(
    stage: StageDescriptor,
    fetched: StageFetchResult | undefined,
    metricIds?: string[],
  ): MetricSeries[] {
    if (!stage.aws) return [];
    return METRIC_PROFILES[stage.aws.stageType].metrics
      .filter(m => !metricIds || metricIds.includes(m.id))
      .map(m => ({
        id: m.id,
        label: m.label,
        unit: m.unit,
        statistic: m.statistic,
        points: fetched?.series?.[m.id] ?? [],
      }));
  }

  private status(
    stage: StageDescriptor,
    entity: Entity | undefined,
    healthFetch: StageFetchResult | undefined,
    healthWindow: MetricWindow,
    rangeFetch: StageFetchResult | undefined,
  ): StageStatus {
    const { health, problems } = judgeStageHealth({
      stage,
      entity,
      fetched: healthFetch,
      window: healthWindow,
      thresholds: this.options.thresholds,
    });
    const keyMetricId = stage.aws
      ? METRIC_PROFILES[stage.aws.stageType].keyMetric
      : undefined;
    const freshness =
      rangeFetch?.freshness.error || rangeFetch?.freshness.stale
        ? rangeFetch.freshness
        : healthFetch?.freshness ?? rangeFetch?.freshness;
    return {
      ref: stage.ref,
      kind: stage.kind,
      name: stage.name,
      title: stage.title,
      stageType: stage.stageType,
      specType: stage.specType,
      aws: stage.aws && {
        accountId: stage.aws.accountId,
        region: stage.aws.region,
        resourceName: stage.aws.resourceName,
        arn: stage.aws.arn,
      },
      missing: stage.missing,
      health,
      keyMetric: keyMetricId
        ? this.seriesOf(stage, rangeFetch, [keyMetricId])[0]
        : undefined,
      freshness: stage.aws ? freshness : undefined,
      problems: [...stage.problems, ...problems],
    };
  }

  /** The flow graph of a pipeline with each stage's health and key-metric sparkline. */
  async getPipelineView(
    ref: CompoundEntityRef,
    range: TimeRange,
    auth: Credentials,
  ): Promise<PipelineView> {
    const pipeline = await loadPipeline(this.options.catalog, ref, auth);
    this.watched('pipeline', ref, range, auth);
    const stageRefs = pipelineStageRefs(pipeline).refs;
    const entities = await this.loadMore(new Map(), stageRefs, auth);
    // Of the stages the caller got nothing for, those that exist are hidden; the others stay
    // on the page as missing stages.
    const hidden = await existingEntityRefs(
      this.options.catalog,
      this.options.auth,
      stageRefs.filter(stageRef => !entities.get(stageRef)),
    );
    const neighbours = [...entities.values()].flatMap(e =>
      e ? flowNeighbourRefs(e) : [],
    );
    await this.loadMore(entities, neighbours, auth);

    const now = this.clock();
    const rangeWindow = metricWindow(range, now);
    const memoKey = this.viewKey(range, rangeWindow, [
      pipeline,
      ...entities.values(),
    ]);
    // Views are shared by everyone who sees the same entities; stages the
    // caller may not read are taken out of the shared view for this caller.
    const recent = this.recentViews.get(memoKey);
    if (recent && recent.expiresAt > now) {
      return withoutStages(await recent.view, hidden);
    }

    const view = this.computeView(pipeline, entities, range, now);
    this.recentViews.set(memoKey, {
      view,
      expiresAt: rangeWindow.end + rangeWindow.periodSeconds * 1000,
    });
    this.pruneViews(now);
    view.then(
      v => {
        if (v.stages.some(s => s.freshness?.error))
          this.recentViews.delete(memoKey);
      },
      () => this.recentViews.delete(memoKey),
    );
    return withoutStages(await view, hidden);
  }

  private viewKey(
    range: TimeRange,
    window: MetricWindow,
    entities: (Entity | undefined)[],
  ): string {
    const hash = createHash('sha1');
    for (const entity of entities) {
      hash.update(
        entity ? entity.metadata.etag ?? JSON.stringify(entity) : '-',
      );
      hash.update('|');
    }
    return `${range}:${window.end}:${hash.digest('hex')}`;
  }

  private pruneViews(now: number): void {
    for (const [key, { expiresAt }] of this.recentViews) {
      if (expiresAt <= now) this.recentViews.delete(key);
    }
    while (this.recentViews.size > 500) {
      const oldest = this.recentViews.keys().next().value;
      if (oldest === undefined) break;
      this.recentViews.delete(oldest);
    }
  }

  private async computeView(
    pipeline: Entity,
    entities: Map<string, Entity | undefined>,
    range: TimeRange,
    now: number,
  ): Promise<PipelineView> {
    const flow = buildPipelineFlow(pipeline, entities);
    const monitored = flow.stages.filter(s => s.aws);
    const healthWindow = metricWindow(HEALTH_RANGE, now);
    const rangeWindow = metricWindow(range, now);
    const [healthData, rangeData] = await Promise.all([
      this.options.metrics.fetch(
        monitored.map(s => this.request(s, entities)),
        healthWindow,
      ),
      range === HEALTH_RANGE
        ? undefined
        : this.options.metrics.fetch(
            monitored.map(s =>
              this.request(s, entities, [
                METRIC_PROFILES[s.aws!.stageType].keyMetric,
              ]),
            ),
            rangeWindow,
          ),
    ]);

    const stages = flow.stages.map(stage =>
      this.status(
        stage,
        entities.get(stage.ref),
        healthData.get(stage.ref),
        healthWindow,
        (rangeData ?? healthData).get(stage.ref),
      ),
    );
    return {
      pipeline: {
        ref: flow.pipelineRef,
        title: pipeline.metadata.title ?? pipeline.metadata.name,
      },
      source: this.options.metrics.kind,
      range,
      periodSeconds: rangeWindow.periodSeconds,
      window: { start: rangeWindow.start, end: rangeWindow.end },
      health: worstHealth(stages.map(s => s.health.state)),
      stages,
      edges: flow.edges,
      problems: flow.problems,
      generatedAt: new Date(now).toISOString(),
    };
  }

  private async loadStage(ref: CompoundEntityRef, auth: Credentials) {
    const entity = await loadEntity(this.options.catalog, ref, auth);
    const stageRef = stringifyEntityRef(entity);
    const entities = await this.loadMore(
      new Map([[stageRef, entity]]),
      flowNeighbourRefs(entity),
      auth,
    );
    const stage = describeStage(stageRef, entity);
    if (!isMonitoredStageType(stage.stageType)) {
      throw new InputError(
        `${stageRef} has no live metrics: only ${MONITORED_STAGE_TYPES.join(
          ', ',
        )} have them (its spec.type is ${String(entity.spec?.type)})`,
      );
    }
    return { entity, entities, stage };
  }

  /** All metrics of one stage over a range, with its current health. */
  async getStageMetrics(
    ref: CompoundEntityRef,
    range: TimeRange,
    auth: Credentials,
  ): Promise<StageMetrics> {
    const { entity, entities, stage } = await this.loadStage(ref, auth);
    if (stage.aws) this.watched('metrics', ref, range, auth);
    const now = this.clock();
    const healthWindow = metricWindow(HEALTH_RANGE, now);
    const rangeWindow = metricWindow(range, now);
    let healthFetch: StageFetchResult | undefined;
    let rangeFetch: StageFetchResult | undefined;
    if (stage.aws) {
      const request = this.request(stage, entities);
      const [health, ranged] = await Promise.all([
        this.options.metrics.fetch([request], healthWindow),
        range === HEALTH_RANGE
          ? undefined
          : this.options.metrics.fetch([request], rangeWindow),
      ]);
      healthFetch = health.get(stage.ref);
      rangeFetch = ranged ? ranged.get(stage.ref) : healthFetch;
    }
    return {
      stage: this.status(stage, entity, healthFetch, healthWindow, rangeFetch),
      source: this.options.metrics.kind,
      range,
      periodSeconds: rangeWindow.periodSeconds,
      window: { start: rangeWindow.start, end: rangeWindow.end },
      series: this.seriesOf(stage, rangeFetch),
      generatedAt: new Date(now).toISOString(),
    };
  }

  /** Live configuration of one stage (shards, memory, event source mappings, …). */
  async getStageConfig(
    ref: CompoundEntityRef,
    auth: Credentials,
  ): Promise<StageConfigResponse> {
    const { entity, entities, stage } = await this.loadStage(ref, auth);
    const response: StageConfigResponse = {
      ref: stage.ref,
      stageType: isMonitoredStageType(stage.stageType)
        ? stage.stageType
        : undefined,
      source: this.options.liveConfig.kind,
      problems: stage.problems,
    };
    if (!stage.aws) return response;
    const { config, freshness } = await this.options.liveConfig.getConfig({
      target: stage.aws,
      hints: liveConfigHints(entity, entities),
    });
    return { ...response, config, freshness };
  }
}

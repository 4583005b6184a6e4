import { LoggerService } from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ExpectedPeak,
  PEAK_ANNOTATIONS,
  RELATION_READ_BY,
  RELATION_WRITTEN_BY,
  ownerRefOf,
  parseArn,
  parseExpectedPeak,
} from '@stagecraft/catalog-conventions-common';
import {
  CapacityCheckResult,
  CapacityLocation,
  CapacityReport,
  CapacityTarget,
  CheckedResource,
  Freshness,
  LambdaDuration,
  METRIC_PROFILES,
  TableAccess,
  auroraClusterRefsOf,
  capacityScopeRefs,
  capacityTargetOf,
  checkAccountConcurrency,
  checkAuroraFailoverRunbook,
  checkAuroraReplicaLagAlarm,
  checkDynamoDbCapacity,
  checkIteratorAgeAlarms,
  checkKinesisShards,
  checkLambdaConcurrency,
  checkSqsLambdaScaling,
  lambdaConcurrencyNeeded,
  metricWindow,
  unknownCheck,
  worstVerdict,
} from '@stagecraft/plugin-pipelines-common';
import { LiveConfigSource } from '../liveConfig/types';
import { MetricsSource } from '../metrics/types';
import {
  Credentials,
  loadEntity,
  loadMoreEntities,
} from '../service/catalogEntities';
import { isoNow } from '../service/clock';
import {
  flowNeighbourRefs,
  liveConfigHints,
  simulationHints,
} from '../service/stageContext';
import { CapacityFact, CapacityFactsSource, AccountConcurrency } from './types';

export interface CapacityServiceOptions {
  catalog: CatalogService;
  liveConfig: LiveConfigSource;
  metrics: MetricsSource;
  facts: CapacityFactsSource;
  /** Multiplied into every rate-based need. */
  headroom: number;
  logger: LoggerService;
  clock?: () => number;
}

type Lookup = Map<string, Entity | undefined>;

const P99_METRIC = METRIC_PROFILES['lambda-function'].metrics.find(
  m => m.id === 'durationP99',
)!;

function staleNote(freshness: Freshness | undefined): string | undefined {
  if (!freshness?.stale) return undefined;
  const minutes = Math.round((freshness.staleAgeMs ?? 0) / 60_000);
  return `read ${minutes} min ago; AWS did not answer now${
    freshness.error ? `: ${freshness.error}` : ''
  }`;
}

function withStale(
  check: CapacityCheckResult,
  freshness: Freshness | undefined,
): CapacityCheckResult {
  const note = staleNote(freshness);
  return note ? { ...check, staleNote: note } : check;
}

const why = (freshness: Freshness | undefined, what: string) =>
  `${what} could not be read: ${freshness?.error ?? 'no answer'}`;

/** The check on what was read, noting when it is stale; unknown, saying why, when it was not read. */
function checkRead<T>(
  read: { value?: T; freshness?: Freshness },
  unread: CheckedResource & { what: string },
  check: (value: T) => CapacityCheckResult,
): CapacityCheckResult {
  return read.value
    ? withStale(check(read.value), read.freshness)
    : unknownCheck(
        unread.kind,
        unread.resourceRef,
        unread.resource,
        why(read.freshness, unread.what),
      );
}

const relationTargets = (entity: Entity, type: string) =>
  (entity.relations ?? []).filter(r => r.type === type).map(r => r.targetRef);

/** The check with the owner of its resource's entity, so a reader can tell whose it is. */
function withOwner(
  check: CapacityCheckResult,
  resource: Entity | undefined,
): CapacityCheckResult {
  const owner = resource ? ownerRefOf(resource)?.ref : undefined;
  return owner
    ? {
        ...check,
        resourceOwner: stringifyEntityRef(owner).toLocaleLowerCase('en-US'),
      }
    : check;
}

/** The function's p99 duration, else its timeout as a stated worst case. */
function durationOf(
  p99: number | undefined,
  timeoutSeconds: number | undefined,
): LambdaDuration | undefined {
  if (p99 !== undefined) return { ms: p99, from: 'p99' };
  if (timeoutSeconds) return { ms: timeoutSeconds * 1000, from: 'timeout' };
  return undefined;
}

/** What caps a function besides its mappings: its reservation, else the unreserved pool. */
function functionLimitOf(
  reserved: number | null | undefined,
  unreserved: number | undefined,
): { value: number; what: string } | undefined {
  if (typeof reserved === 'number') {
    return { value: reserved, what: 'reserved concurrency' };
  }
  if (unreserved !== undefined) {
    return { value: unreserved, what: "account's unreserved pool" };
  }
  return undefined;
}

/** Which sides of a table the catalog says are used: written, read, or both when it does not say. */
function tableAccessOf(table: Entity): TableAccess[] {
  const access: TableAccess[] = [];
  if (relationTargets(table, RELATION_READ_BY).length) access.push('reads');
  if (relationTargets(table, RELATION_WRITTEN_BY).length) access.push('writes');
  return access.length ? access : ['reads', 'writes'];
}

/**
 * Checks an entity's resources against its expected peak: it reads the entity and what its
 * peak applies to as the caller may see them, the live configuration and p99 durations the
 * pipelines backend already reads, and the capacity facts (account settings, alarms, tables).
 * Whatever cannot be read makes its check `unknown` with the reason, never a pass or fail.
 */
export class CapacityService {
  constructor(private readonly options: CapacityServiceOptions) {}

  async getCapacity(
    ref: CompoundEntityRef,
    auth: Credentials,
  ): Promise<CapacityReport> {
    const { catalog, headroom } = this.options;
    const entity = await loadEntity(catalog, ref, auth);
    const entityRef = stringifyEntityRef(entity);
    const report = {
      entityRef,
      source: this.options.liveConfig.kind,
      headroom,
      generatedAt: isoNow(this.options.clock),
    };
    const parsed = parseExpectedPeak(entity);
    if (parsed.status === 'none') {
      return {
        ...report,
        verdict: 'unknown',
        checks: [],
        problems: [
          `${entityRef} declares no expected peak (${PEAK_ANNOTATIONS.join(
            ', ',
          )})`,
        ],
      };
    }
    if (parsed.status === 'invalid') {
      return {
        ...report,
        verdict: 'fail',
        checks: [],
        problems: parsed.problems,
      };
    }

    const entities: Lookup = new Map([[entityRef, entity]]);
    const more = (refs: string[]) =>
      loadMoreEntities(catalog, entities, refs, auth);
    await more(capacityScopeRefs(entity));
    await more(
      [...entities.values()].flatMap(e => (e ? auroraClusterRefsOf(e) : [])),
    );
    const members = [...entities.values()].filter((e): e is Entity => !!e);
    const problems: string[] = [];
    const targets: Array<{ target: CapacityTarget; peak: ExpectedPeak }> = [];
    const seen = new Set<string>();
    for (const member of members) {
      const { target, problem } = capacityTargetOf(member);
      if (problem) problems.push(problem);
      if (!target || seen.has(target.ref)) continue;
      seen.add(target.ref);
      const own = member === entity ? undefined : parseExpectedPeak(member);
      if (own?.status === 'invalid') problems.push(...own.problems);
      targets.push({
        target,
        peak: own?.status === 'declared' ? own.peak : parsed.peak,
      });
    }
    // What the live configuration, simulation hints and consumer lists need.
    await more(
      targets.flatMap(({ target }) => {
        const member = entities.get(target.ref)!;
        if (target.type === 'lambda') return flowNeighbourRefs(member);
        if (target.type === 'kinesis')
          return relationTargets(member, RELATION_READ_BY);
        return [];
      }),
    );

    const checks = (await this.runChecks(entityRef, targets, entities)).map(
      check => withOwner(check, entities.get(check.resourceRef)),
    );
    if (targets.length === 0) {
      problems.push(
        `${entityRef}: nothing its peak applies to is a Lambda function, Kinesis stream, DynamoDB table or Aurora cluster with an ARN`,
      );
    }
    return {
      ...report,
      peak: parsed.peak,
      verdict:
        checks.length > 0
          ? worstVerdict(checks.map(c => c.verdict))
          : 'unknown',
      checks,
      problems,
    };
  }

  private async runChecks(
    entityRef: string,
    targets: Array<{ target: CapacityTarget; peak: ExpectedPeak }>,
    entities: Lookup,
  ): Promise<CapacityCheckResult[]> {
    const { facts, headroom } = this.options;
    const accounts = new Map<
      string,
      Promise<CapacityFact<AccountConcurrency>>
    >();
    const accountOf = (at: CapacityLocation) => {
      const key = `${at.accountId}|${at.region}`;
      if (!accounts.has(key)) accounts.set(key, facts.accountConcurrency(at));
      return accounts.get(key)!;
    };
    const lambdas = targets.filter(t => t.target.type === 'lambda');
    const durations = await this.p99Durations(
      lambdas.map(t => t.target),
      entities,
    );
    const needsByAccount = new Map<
      string,
      {
        at: CapacityLocation;
        functions: Array<{ name: string; needed: number }>;
      }
    >();

    const perTarget = await Promise.all(
      targets.map(async ({ target, peak }) => {
        const member = entities.get(target.ref)!;
        switch (target.type) {
          case 'lambda': {
            const [{ config, freshness }, account] = await Promise.all([
              this.options.liveConfig.getConfig({
                target: target.aws,
                hints: liveConfigHints(member, entities),
              }),
              accountOf(target.aws),
            ]);
            const fn = config?.type === 'lambda-function' ? config : undefined;
            const p99 = durations.get(target.ref);
            const duration = durationOf(p99, fn?.timeoutSeconds);
            const functionName = target.aws.resourceName;
            // Each invocation takes a batch when a stream or queue feeds the function.
            const batchSizes = (fn?.eventSourceMappings ?? [])
              .map(m => m.batchSize ?? 1)
              .filter(size => size > 1);
            const batchSize = batchSizes.length
              ? Math.min(...batchSizes)
              : undefined;
            const unreserved = account.value?.unreserved;
            const results: CapacityCheckResult[] = [];
            if (!fn) {
              results.push(
                unknownCheck(
                  'lambda-concurrency',
                  target.ref,
                  `Lambda ${functionName}`,
                  why(freshness, 'its configuration'),
                ),
              );
            } else {
              results.push(
                withStale(
                  checkLambdaConcurrency({
                    resourceRef: target.ref,
                    functionName,
                    peak,
                    duration,
                    reserved: fn.reservedConcurrency,
                    unreservedAvailable: unreserved,
                    headroom,
                    batchSize,
                  }),
                  freshness,
                ),
              );
              for (const mapping of fn.eventSourceMappings) {
                const queue = mapping.eventSourceArn
                  ? parseArn(mapping.eventSourceArn)
                  : undefined;
                if (queue?.service !== 'sqs') continue;
                const functionLimit = functionLimitOf(
                  fn.reservedConcurrency,
                  unreserved,
                );
                results.push(
                  withStale(
                    checkSqsLambdaScaling({
                      resourceRef: target.ref,
                      functionName,
                      queueName: queue.resource,
                      peak,
                      duration,
                      batchSize: mapping.batchSize,
                      maximumConcurrency: mapping.maximumConcurrency,
                      functionLimit,
                      headroom,
                    }),
                    freshness,
                  ),
                );
              }
            }
            if (duration) {
              const key = `${target.aws.accountId}|${target.aws.region}`;
              const entry = needsByAccount.get(key) ?? {
                at: target.aws,
                functions: [],
              };
              entry.functions.push({
                name: functionName,
                needed: lambdaConcurrencyNeeded(
                  peak,
                  duration,
                  headroom,
                  batchSize,
                ),
              });
              needsByAccount.set(key, entry);
            }
            return results;
          }
          case 'kinesis': {
            const readers = relationTargets(member, RELATION_READ_BY)
              .map(ref => entities.get(ref))
              .filter((e): e is Entity => !!e);
            const [{ config, freshness }, alarms] = await Promise.all([
              this.options.liveConfig.getConfig({
                target: target.aws,
                hints: liveConfigHints(member, entities),
              }),
              facts.streamConsumerAlarms(target.aws, {
                entity: member,
                readers,
              }),
            ]);
            const stream =
              config?.type === 'kinesis-stream' ? config : undefined;
            const streamName = target.aws.resourceName;
            const resource = `Kinesis stream ${streamName}`;
            return [
              checkRead(
                { value: stream, freshness },
                {
                  kind: 'kinesis-shards',
                  resourceRef: target.ref,
                  resource,
                  what: 'its shards',
                },
                ({ mode, openShardCount }) =>
                  checkKinesisShards({
                    resourceRef: target.ref,
                    streamName,
                    peak,
                    mode,
                    openShards: openShardCount,
                    headroom,
                  }),
              ),
              checkRead(
                alarms,
                {
                  kind: 'kinesis-iterator-age-alarm',
                  resourceRef: target.ref,
                  resource,
                  what: 'its consumers and alarms',
                },
                value =>
                  checkIteratorAgeAlarms({
                    resourceRef: target.ref,
                    streamName,
                    ...value,
                  }),
              ),
            ];
          }
          case 'dynamodb': {
            const table = await facts.tableCapacity(
              target.location,
              target.tableName,
              { entity: member, readers: [] },
            );
            return tableAccessOf(member).map(access =>
              checkRead(
                table,
                {
                  kind: 'dynamodb-capacity',
                  resourceRef: target.ref,
                  resource: `DynamoDB table ${target.tableName} (${access})`,
                  what: 'its capacity',
                },
                value =>
                  checkDynamoDbCapacity({
                    resourceRef: target.ref,
                    tableName: target.tableName,
                    peak,
                    access,
                    billingMode: value.billingMode,
                    capacity: value[access],
                    headroom,
                  }),
              ),
            );
          }
          case 'aurora': {
            const alarms = await facts.replicaLagAlarms(
              target.location,
              target.clusterId,
              { entity: member, readers: [] },
            );
            return [
              checkRead(
                alarms,
                {
                  kind: 'aurora-replica-lag-alarm',
                  resourceRef: target.ref,
                  resource: `Aurora cluster ${target.clusterId}`,
                  what: 'its alarms',
                },
                value =>
                  checkAuroraReplicaLagAlarm({
                    resourceRef: target.ref,
                    clusterId: target.clusterId,
                    alarms: value,
                  }),
              ),
              checkAuroraFailoverRunbook({
                resourceRef: target.ref,
                clusterId: target.clusterId,
                cluster: member,
              }),
            ];
          }
          default:
            return [];
        }
      }),
    );

    const accountChecks = await Promise.all(
      [...needsByAccount.values()].map(async ({ at, functions }) => {
        const account = await accountOf(at);
        return withStale(
          checkAccountConcurrency({
            resourceRef: entityRef,
            accountId: at.accountId,
            region: at.region,
            limit: account.value?.limit,
            functions,
          }),
          account.freshness,
        );
      }),
    );
    return [...perTarget.flat(), ...accountChecks];
  }

  /** The highest p99 duration of each Lambda over the last day, from the metrics source. */
  private async p99Durations(
    lambdas: CapacityTarget[],
    entities: Lookup,
  ): Promise<Map<string, number>> {
    const requests = lambdas.flatMap(target =>
      target.type === 'lambda'
        ? [
            {
              key: target.ref,
              target: target.aws,
              metrics: [P99_METRIC],
              hints: simulationHints(entities.get(target.ref)!, entities),
            },
          ]
        : [],
    );
    const durations = new Map<string, number>();
    if (requests.length === 0) return durations;
    try {
      const fetched = await this.options.metrics.fetch(
        requests,
        metricWindow('24h', (this.options.clock ?? Date.now)()),
      );
      for (const [key, result] of fetched) {
        const points = result.series?.[P99_METRIC.id] ?? [];
        if (points.length > 0) {
          durations.set(key, Math.round(Math.max(...points.map(([, v]) => v))));
        }
      }
    } catch (error) {
      this.options.logger.warn(
        `Capacity: p99 durations could not be read, so timeouts stand in: ${error}`,
      );
    }
    return durations;
  }
}

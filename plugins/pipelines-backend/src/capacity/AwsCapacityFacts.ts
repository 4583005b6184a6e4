import { DescribeScalableTargetsCommand } from '@aws-sdk/client-application-auto-scaling';
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  DescribeAlarmsForMetricCommand,
  Dimension,
} from '@aws-sdk/client-cloudwatch';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetAccountSettingsCommand } from '@aws-sdk/client-lambda';
import {
  ANNOTATION_CLOUDWATCH_ALARMS,
  annotationOf,
  parseArn,
} from '@stagecraft/catalog-conventions-common';
import {
  AURORA_REPLICA_LAG_METRICS,
  AwsTarget,
  CapacityLocation,
} from '@stagecraft/plugin-pipelines-common';
import { AwsStageReads, AwsStageReadsOptions } from '../aws/AwsStageReads';
import { StageCall } from '../aws/callAws';
import { AwsClientFactory } from '../aws/clients';
import { listEventSourceMappingsOfSource } from '../aws/listings';
import { SharedCache } from '../cache/SharedCache';
import {
  AccountConcurrency,
  CapacityFact,
  CapacityFactsSource,
  CatalogSide,
  StreamConsumerAlarms,
  TableCapacity,
} from './types';

/** Names of the alarms on one metric (`cloudwatch:DescribeAlarmsForMetric`). */
async function alarmsOnMetric(
  client: CloudWatchClient,
  call: StageCall,
  Namespace: string,
  MetricName: string,
  Dimensions: Dimension[],
): Promise<string[]> {
  const { MetricAlarms = [] } = await call(
    'cloudwatch:DescribeAlarmsForMetric',
    abortSignal =>
      client.send(
        new DescribeAlarmsForMetricCommand({
          Namespace,
          MetricName,
          Dimensions,
        }),
        { abortSignal },
      ),
  );
  return MetricAlarms.map(a => a.AlarmName).filter((n): n is string => !!n);
}

const declaredAlarms = (side: CatalogSide) =>
  (annotationOf(side.entity, ANNOTATION_CLOUDWATCH_ALARMS) ?? '')
    .split(',')
    .map(name => name.trim())
    .filter(Boolean)
    .slice(0, 100);

/**
 * What capacity checks read from AWS beyond the live stage configuration: Lambda account
 * settings, the consumers of a stream and their iterator-age alarms, a DynamoDB table's
 * capacity and auto-scaling, an Aurora cluster's replica-lag alarms. Each read is cached
 * through the shared cache, bounded by deadlines, retried while throttled.
 */
export class AwsCapacityFacts implements CapacityFactsSource {
  readonly kind = 'cloudwatch' as const;
  private readonly accounts: AwsStageReads<AccountConcurrency>;
  private readonly streams: AwsStageReads<StreamConsumerAlarms>;
  private readonly tables: AwsStageReads<TableCapacity>;
  private readonly clusters: AwsStageReads<string[]>;

  constructor(
    private readonly clients: AwsClientFactory,
    cache: SharedCache,
    options: AwsStageReadsOptions = {},
  ) {
    this.accounts = new AwsStageReads(cache, options);
    this.streams = new AwsStageReads(cache, options);
    this.tables = new AwsStageReads(cache, options);
    this.clusters = new AwsStageReads(cache, options);
  }

  async accountConcurrency(
    at: CapacityLocation,
  ): Promise<CapacityFact<AccountConcurrency>> {
    return this.accounts.get(
      'capacity-account',
      { ...at, stageType: 'lambda-account' },
      'settings',
      async (location, call) => {
        const client = await this.clients.lambda(location);
        const { AccountLimit } = await call(
          'lambda:GetAccountSettings',
          abortSignal =>
            client.send(new GetAccountSettingsCommand({}), { abortSignal }),
        );
        return {
          limit: AccountLimit?.ConcurrentExecutions,
          unreserved: AccountLimit?.UnreservedConcurrentExecutions,
        };
      },
    );
  }

  async streamConsumerAlarms(
    stream: AwsTarget,
  ): Promise<CapacityFact<StreamConsumerAlarms>> {
    const streamArn =
      stream.arn ??
      `arn:aws:kinesis:${stream.region}:${stream.accountId}:stream/${stream.resourceName}`;
    return this.streams.get(
      'capacity-stream-alarms',
      stream,
      stream.resourceName,
      async (location, call) => {
        const lambda = await this.clients.lambda(location);
        const cloudWatch = await this.clients.cloudWatch(location);
        const mappings = await listEventSourceMappingsOfSource(
          lambda,
          streamArn,
          call,
        );
        const names = [
          ...new Set(
            mappings.flatMap(m => {
              const name = m.FunctionArn
                ? parseArn(m.FunctionArn)?.resource.split(':')[1]
                : undefined;
              return name ? [name] : [];
            }),
          ),
        ];
        const consumers = await Promise.all(
          names.map(async name => ({
            name,
            alarms: await alarmsOnMetric(
              cloudWatch,
              call,
              'AWS/Lambda',
              'IteratorAge',
              [{ Name: 'FunctionName', Value: name }],
            ),
          })),
        );
        const streamAlarms = await alarmsOnMetric(
          cloudWatch,
          call,
          'AWS/Kinesis',
          'GetRecords.IteratorAgeMilliseconds',
          [{ Name: 'StreamName', Value: stream.resourceName }],
        );
        return { consumers, streamAlarms };
      },
    );
  }

  async tableCapacity(
    at: CapacityLocation,
    tableName: string,
  ): Promise<CapacityFact<TableCapacity>> {
    return this.tables.get(
      'capacity-table',
      { ...at, stageType: 'dynamodb-table' },
      tableName,
      async (location, call) => {
        const dynamoDb = await this.clients.dynamoDb(location);
        const { Table: table } = await call(
          'dynamodb:DescribeTable',
          abortSignal =>
            dynamoDb.send(new DescribeTableCommand({ TableName: tableName }), {
              abortSignal,
            }),
        );
        const billingMode =
          table?.BillingModeSummary?.BillingMode ??
          (table?.ProvisionedThroughput ? 'PROVISIONED' : undefined);
        const onDemand = table?.OnDemandThroughput;
        const result: TableCapacity = {
          billingMode,
          reads: {
            provisioned: table?.ProvisionedThroughput?.ReadCapacityUnits,
            onDemandMax: onDemand?.MaxReadRequestUnits,
          },
          writes: {
            provisioned: table?.ProvisionedThroughput?.WriteCapacityUnits,
            onDemandMax: onDemand?.MaxWriteRequestUnits,
          },
        };
        if (billingMode === 'PAY_PER_REQUEST') return result;
        const scaling = await this.clients.applicationAutoScaling(location);
        const { ScalableTargets = [] } = await call(
          'application-autoscaling:DescribeScalableTargets',
          abortSignal =>
            scaling.send(
              new DescribeScalableTargetsCommand({
                ServiceNamespace: 'dynamodb',
                ResourceIds: [`table/${tableName}`],
              }),
              { abortSignal },
            ),
        );
        for (const target of ScalableTargets) {
          if (target.ScalableDimension === 'dynamodb:table:ReadCapacityUnits')
            result.reads.autoScalingMax = target.MaxCapacity;
          if (target.ScalableDimension === 'dynamodb:table:WriteCapacityUnits')
            result.writes.autoScalingMax = target.MaxCapacity;
        }
        return result;
      },
    );
  }

  async replicaLagAlarms(
    at: CapacityLocation,
    clusterId: string,
    catalog: CatalogSide,
  ): Promise<CapacityFact<string[]>> {
    const declared = declaredAlarms(catalog);
    return this.clusters.get(
      'capacity-replica-lag',
      { ...at, stageType: 'aurora-cluster' },
      `${clusterId}:${declared.join(',')}`,
      async (location, call) => {
        const cloudWatch = await this.clients.cloudWatch(location);
        const byMetric = await Promise.all(
          AURORA_REPLICA_LAG_METRICS.map(metric =>
            alarmsOnMetric(cloudWatch, call, 'AWS/RDS', metric, [
              { Name: 'DBClusterIdentifier', Value: clusterId },
            ]),
          ),
        );
        const named =
          declared.length === 0
            ? []
            : (
                await call('cloudwatch:DescribeAlarms', abortSignal =>
                  cloudWatch.send(
                    new DescribeAlarmsCommand({
                      AlarmNames: declared,
                      AlarmTypes: ['MetricAlarm'],
                      MaxRecords: 100,
                    }),
                    { abortSignal },
                  ),
                )
              ).MetricAlarms ?? [];
        const onReplicaLag = named
          .filter(
            alarm =>
              AURORA_REPLICA_LAG_METRICS.includes(alarm.MetricName ?? '') ||
              (alarm.Metrics ?? []).some(query =>
                AURORA_REPLICA_LAG_METRICS.includes(
                  query.MetricStat?.Metric?.MetricName ?? '',
                ),
              ),
          )
          .map(alarm => alarm.AlarmName)
          .filter((n): n is string => !!n);
        return [...new Set([...byMetric.flat(), ...onReplicaLag])].sort();
      },
    );
  }
}

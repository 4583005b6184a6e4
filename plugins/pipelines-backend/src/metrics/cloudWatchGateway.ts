import {
  GetMetricDataCommand,
  MetricDataQuery,
} from '@aws-sdk/client-cloudwatch';
import {
  MetricPoint,
  MetricStatistic,
} from '@stagecraft/plugin-pipelines-common';
import { awsAccountLabel } from '@stagecraft/backend-node';
import { BackoffOptions } from '../aws/backoff';
import { callAws } from '../aws/callAws';
import { AwsClientFactory, AwsLocation } from '../aws/clients';

/** CloudWatch accepts at most 500 metric queries per GetMetricData call. */
export const MAX_QUERIES_PER_CALL = 500;

export interface MetricQuery {
  /** Unique within one `getMetricData` call; the gateway assigns the wire ids. */
  id: string;
  namespace: string;
  metricName: string;
  dimensions: { name: string; value: string }[];
  statistic: MetricStatistic;
  periodSeconds: number;
}

export interface MetricDataResult {
  points: Map<string, MetricPoint[]>;
  /** Queries CloudWatch answered with an error status (e.g. Forbidden), by query id. */
  failed: Map<string, string>;
}

export interface CloudWatchGatewayOptions {
  maxQueriesPerCall?: number;
  backoff?: BackoffOptions;
  /** Each GetMetricData request is abandoned after this long. */
  requestTimeoutMs?: number;
}

/**
 * Runs metric queries through as few `GetMetricData` calls as the 500-query limit allows,
 * follows `NextToken` pages, and backs off with jitter when throttled.
 */
export class CloudWatchGateway {
  private readonly maxQueriesPerCall: number;

  constructor(
    private readonly clients: AwsClientFactory,
    private readonly options: CloudWatchGatewayOptions = {},
  ) {
    this.maxQueriesPerCall = Math.min(
      options.maxQueriesPerCall ?? MAX_QUERIES_PER_CALL,
      MAX_QUERIES_PER_CALL,
    );
  }

  async getMetricData(
    at: AwsLocation,
    queries: MetricQuery[],
    window: { start: number; end: number },
    signal?: AbortSignal,
  ): Promise<MetricDataResult> {
    const result: MetricDataResult = { points: new Map(), failed: new Map() };
    if (queries.length === 0) return result;
    const client = await this.clients.cloudWatch(at);
    const context = { ...at, operation: 'cloudwatch:GetMetricData' };

    for (
      let offset = 0;
      offset < queries.length;
      offset += this.maxQueriesPerCall
    ) {
      const chunk = queries.slice(offset, offset + this.maxQueriesPerCall);
      const wireIds = new Map<string, string>();
      const wireQueries: MetricDataQuery[] = chunk.map((q, i) => {
        const wireId = `m${i}`;
        wireIds.set(wireId, q.id);
        return {
          Id: wireId,
          ReturnData: true,
          MetricStat: {
            Metric: {
              Namespace: q.namespace,
              MetricName: q.metricName,
              Dimensions: q.dimensions.map(d => ({
                Name: d.name,
                Value: d.value,
              })),
            },
            Period: q.periodSeconds,
            Stat: q.statistic,
          },
        };
      });

      let nextToken: string | undefined;
      do {
        const token = nextToken;
        const page = await callAws(
          context,
          abortSignal =>
            client.send(
              new GetMetricDataCommand({
                MetricDataQueries: wireQueries,
                StartTime: new Date(window.start),
                EndTime: new Date(window.end),
                ScanBy: 'TimestampAscending',
                NextToken: token,
              }),
              { abortSignal },
            ),
          signal,
          this.options,
        );
        for (const r of page.MetricDataResults ?? []) {
          const id = r.Id ? wireIds.get(r.Id) : undefined;
          if (!id) continue;
          if (
            r.StatusCode === 'Forbidden' ||
            r.StatusCode === 'InternalError'
          ) {
            const detail = page.Messages?.map(m => m.Value)
              .filter(Boolean)
              .join('; ');
            result.failed.set(
              id,
              `${
                r.StatusCode === 'Forbidden' ? 'AccessDenied' : 'InternalError'
              } for ${awsAccountLabel(at.accountId)} in ${at.region} (${
                context.operation
              })${detail ? `: ${detail}` : ''}`,
            );
          }
          const points = result.points.get(id) ?? [];
          const timestamps = r.Timestamps ?? [];
          const values = r.Values ?? [];
          for (let i = 0; i < timestamps.length && i < values.length; i++) {
            points.push([new Date(timestamps[i]).getTime(), values[i]]);
          }
          result.points.set(id, points);
        }
        nextToken = page.NextToken;
      } while (nextToken);
    }

    for (const [id, points] of result.points) {
      points.sort((a, b) => a[0] - b[0]);
      result.points.set(id, points);
    }
    return result;
  }
}

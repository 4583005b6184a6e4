import { GetMetricDataCommandInput } from '@aws-sdk/client-cloudwatch';

/** A GetMetricData answer: one point per query at the window's start, valued by its position. */
export function echoMetricData(input: GetMetricDataCommandInput) {
  return {
    MetricDataResults: (input.MetricDataQueries ?? []).map((q, i) => ({
      Id: q.Id,
      StatusCode: 'Complete' as const,
      Timestamps: [new Date(input.StartTime as Date)],
      Values: [i],
    })),
  };
}

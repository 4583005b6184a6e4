import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  DescribeAlarmsForMetricCommand,
} from '@aws-sdk/client-cloudwatch';
import { Entity } from '@backstage/catalog-model';
import { mockClient } from 'aws-sdk-client-mock';
import {
  awsError,
  TEST_LOCATION,
  TestAwsClientFactory,
} from '../__testUtils__/awsClients';
import { memorySharedCache } from '../__testUtils__/memorySharedCache';
import { AwsCapacityFacts } from './AwsCapacityFacts';

const cloudWatch = mockClient(CloudWatchClient);

const cluster: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'reviews-aurora-cluster',
    annotations: {
      'stagecraft.io/cloudwatch-alarms': 'reviews-lag, reviews-cpu',
    },
  },
  spec: { type: 'aurora-cluster' },
};

const facts = () =>
  new AwsCapacityFacts(new TestAwsClientFactory(), memorySharedCache(), {
    requestTimeoutMs: 100,
    failureHoldMs: 0,
    backoff: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
  });

beforeEach(() => cloudWatch.reset());

describe('AwsCapacityFacts.replicaLagAlarms', () => {
  it("finds alarms on the cluster's replica lag and declared alarms on it", async () => {
    cloudWatch.on(DescribeAlarmsForMetricCommand).callsFake(input => ({
      MetricAlarms:
        input.MetricName === 'AuroraReplicaLagMaximum'
          ? [{ AlarmName: 'reviews-lag-max' }]
          : [],
    }));
    cloudWatch.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [
        { AlarmName: 'reviews-lag', MetricName: 'AuroraReplicaLag' },
        { AlarmName: 'reviews-cpu', MetricName: 'CPUUtilization' },
      ],
    });
    const { value } = await facts().replicaLagAlarms(
      TEST_LOCATION,
      'reviews-prod',
      {
        entity: cluster,
        readers: [],
      },
    );
    expect(value).toEqual(['reviews-lag', 'reviews-lag-max']);
    expect(
      cloudWatch.commandCalls(DescribeAlarmsCommand)[0].args[0].input,
    ).toMatchObject({ AlarmNames: ['reviews-lag', 'reviews-cpu'] });
    expect(
      cloudWatch.commandCalls(DescribeAlarmsForMetricCommand)[0].args[0].input,
    ).toMatchObject({
      Namespace: 'AWS/RDS',
      Dimensions: [{ Name: 'DBClusterIdentifier', Value: 'reviews-prod' }],
    });
  });

  it('has no value, and says why, when CloudWatch refuses', async () => {
    cloudWatch
      .on(DescribeAlarmsForMetricCommand)
      .rejects(awsError('AccessDenied', 'not allowed', 403));
    const { value, freshness } = await facts().replicaLagAlarms(
      TEST_LOCATION,
      'reviews-prod',
      { entity: cluster, readers: [] },
    );
    expect(value).toBeUndefined();
    expect(freshness.error).toContain('AccessDenied');
    expect(freshness.error).toContain('cloudwatch:DescribeAlarmsForMetric');
  });
});

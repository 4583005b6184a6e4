import { DefaultAwsCredentialsManager } from '@backstage/integration-aws-node';
import { ConfigReader } from '@backstage/config';
import { startFakeCloudWatch } from '../__testUtils__/fakeCloudWatch';
import { lambdaRequest, window1h } from '../__testUtils__/requests';
import { CloudWatchGateway } from '../metrics/cloudWatchGateway';
import { defaultAwsClientFactory } from './clients';

describe('defaultAwsClientFactory', () => {
  it('sends GetMetricData to the configured CloudWatch endpoint', async () => {
    const fake = await startFakeCloudWatch();
    try {
      const credentials = DefaultAwsCredentialsManager.fromConfig(
        new ConfigReader({
          aws: {
            mainAccount: {
              accessKeyId: 'AKIDFAKECLOUDWATCH',
              secretAccessKey: 'not-a-secret',
            },
          },
        }),
      );
      const clients = defaultAwsClientFactory(credentials, {
        cloudWatchEndpoint: fake.endpoint,
      });
      const { target, metrics } = lambdaRequest('fn');
      const result = await new CloudWatchGateway(clients).getMetricData(
        { accountId: '', region: target.region },
        metrics.map(m => ({
          id: m.id,
          namespace: m.namespace,
          metricName: m.metricName,
          dimensions: [{ name: 'FunctionName', value: 'fn' }],
          statistic: m.statistic,
          periodSeconds: 60,
        })),
        window1h(),
      );
      expect(fake.calls).toEqual([{ queries: metrics.length }]);
      expect(result.points.get(metrics[1].id)).toEqual([[window1h().start, 1]]);
    } finally {
      await fake.close();
    }
  });
});

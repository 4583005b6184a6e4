import { ConfigReader } from '@backstage/config';
import { DEFAULT_THRESHOLDS } from '@stagecraft/plugin-pipelines-common';
import { readPipelinesBackendConfig } from './config';

const read = (data: object) =>
  readPipelinesBackendConfig(new ConfigReader(data));

describe('readPipelinesBackendConfig', () => {
  it('simulates without aws config, and reads CloudWatch with it', () => {
    expect(read({})).toEqual({
      source: 'simulated',
      thresholds: DEFAULT_THRESHOLDS,
      replicasShareCache: false,
      capacityHeadroom: 1.2,
    });
    expect(read({ aws: { mainAccount: {} } }).source).toBe('cloudwatch');
    expect(
      read({
        aws: { mainAccount: {} },
        stagecraft: { pipelines: { source: 'simulated' } },
      }).source,
    ).toBe('simulated');
  });

  it('reads the timeouts', () => {
    expect(
      read({
        stagecraft: {
          pipelines: {
            cloudwatch: { softTimeoutMs: 1000, hardTimeoutMs: 5000 },
            aws: { requestTimeoutMs: 2000 },
          },
        },
      }),
    ).toMatchObject({
      softTimeoutMs: 1000,
      hardTimeoutMs: 5000,
      requestTimeoutMs: 2000,
    });
  });

  it('reads the capacity headroom and refuses one below 1, naming the key', () => {
    const capacity = (headroom: number) =>
      read({ stagecraft: { pipelines: { capacity: { headroom } } } });
    expect(capacity(1.5).capacityHeadroom).toBe(1.5);
    expect(() => capacity(0.8)).toThrow(
      'stagecraft.pipelines.capacity.headroom must be a number of at least 1; got 0.8',
    );
  });

  it('coalesces CloudWatch calls across replicas when the cache is shared, and reads the CloudWatch endpoint', () => {
    const cache = (store: string) => read({ backend: { cache: { store } } });
    expect(cache('redis').replicasShareCache).toBe(true);
    expect(cache('memcache').replicasShareCache).toBe(true);
    expect(cache('memory').replicasShareCache).toBe(false);
    expect(
      read({
        stagecraft: {
          pipelines: { cloudwatch: { endpoint: 'http://127.0.0.1:4566' } },
        },
      }).cloudWatchEndpoint,
    ).toBe('http://127.0.0.1:4566');
  });

  it('names the key of an unknown source', () => {
    expect(() =>
      read({ stagecraft: { pipelines: { source: 'xray' } } }),
    ).toThrow(
      'stagecraft.pipelines.source must be auto, cloudwatch or simulated; got "xray"',
    );
  });
});

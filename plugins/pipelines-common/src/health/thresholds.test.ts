import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import {
  DEFAULT_THRESHOLDS,
  mergeThresholds,
  parseThresholdLevels,
  readThresholdOverrides,
  readThresholdsConfig,
} from './thresholds';

const withAnnotations = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'q', annotations },
  spec: { type: 'sqs-queue' },
});

describe('parseThresholdLevels', () => {
  it('reads warning, warning/critical and /critical', () => {
    expect(parseThresholdLevels('60000')).toEqual({ warning: 60000 });
    expect(parseThresholdLevels('60000/300000')).toEqual({
      warning: 60000,
      critical: 300000,
    });
    expect(parseThresholdLevels('/300000')).toEqual({ critical: 300000 });
    expect(parseThresholdLevels('1%/5%', { percentAllowed: true })).toEqual({
      warning: 0.01,
      critical: 0.05,
    });
  });

  it('refuses nonsense with the offending value', () => {
    expect(() => parseThresholdLevels('soon')).toThrow(
      '"soon" is not a non-negative number',
    );
    expect(() => parseThresholdLevels('5/1')).toThrow(
      'warning (5) is above critical (1)',
    );
    expect(() => parseThresholdLevels('/')).toThrow('sets neither');
  });
});

describe('readThresholdOverrides', () => {
  it('reads known annotations and names bad or unknown ones', () => {
    const { overrides, problems } = readThresholdOverrides(
      withAnnotations({
        'stagecraft.io/threshold-visible-messages': '1/10',
        'stagecraft.io/threshold-data-stopped-periods': '0',
        'stagecraft.io/threshold-error-rate': 'lots',
        'stagecraft.io/threshold-iterator-age': '5000',
      }),
    );
    expect(overrides).toEqual({
      visibleMessages: { warning: 1, critical: 10 },
      dataStoppedPeriods: 0,
    });
    expect(problems).toEqual([
      'stagecraft.io/threshold-error-rate: "lots" is not a non-negative number; the default applies',
      'stagecraft.io/threshold-iterator-age is not a known threshold annotation; it is ignored',
    ]);
  });
});

describe('mergeThresholds', () => {
  it('replaces levels one by one and drops a base level that would cross the new one', () => {
    const merged = mergeThresholds(DEFAULT_THRESHOLDS, {
      iteratorAgeMs: { warning: 600_000 },
      oldestMessageAgeSeconds: { critical: 100 },
    });
    expect(merged.iteratorAgeMs).toEqual({ warning: 600_000 });
    expect(merged.oldestMessageAgeSeconds).toEqual({ critical: 100 });
    expect(merged.errorRate).toEqual(DEFAULT_THRESHOLDS.errorRate);
    expect(DEFAULT_THRESHOLDS.iteratorAgeMs.critical).toBe(300_000);
  });
});

describe('readThresholdsConfig', () => {
  it('applies app-config over the defaults', () => {
    const thresholds = readThresholdsConfig(
      new ConfigReader({
        stagecraft: {
          pipelines: {
            thresholds: {
              errorRate: { critical: 0.1 },
              dataStoppedPeriods: 10,
            },
          },
        },
      }),
    );
    expect(thresholds.errorRate).toEqual({ warning: 0.01, critical: 0.1 });
    expect(thresholds.dataStoppedPeriods).toBe(10);
  });

  it('names the config key of an invalid value', () => {
    expect(() =>
      readThresholdsConfig(
        new ConfigReader({
          stagecraft: {
            pipelines: {
              thresholds: { throttles: { warning: 9, critical: 2 } },
            },
          },
        }),
      ),
    ).toThrow(
      'stagecraft.pipelines.thresholds.throttles: warning (9) is above critical (2)',
    );
  });
});

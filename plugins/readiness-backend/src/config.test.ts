import { ConfigReader } from '@backstage/config';
import { DEFAULT_SCHEDULE, readReadinessBackendConfig } from './config';

const read = (readiness: object, extra: object = {}) =>
  readReadinessBackendConfig(
    new ConfigReader({ stagecraft: { readiness }, ...extra } as any),
  );

describe('readReadinessBackendConfig', () => {
  it('has defaults for everything and no network verification', () => {
    const config = readReadinessBackendConfig(new ConfigReader({}));
    expect(config.schedule).toEqual(DEFAULT_SCHEDULE);
    expect(config.historyDays).toBe(180);
    expect(config.minEscalationLevels).toBe(2);
    expect(config.pagerduty).toBeUndefined();
    expect(config.cloudwatch).toBeUndefined();
    expect(config.runbookReachability).toBeUndefined();
    expect(config.rules.checks.map(c => c.id)).toContain('production-complete');
    expect(config.notifications).toEqual({ enabled: true });
  });

  it('turns owner notifications off when asked', () => {
    expect(read({ notifications: { enabled: false } }).notifications).toEqual({
      enabled: false,
    });
  });

  it('reads the schedule, PagerDuty, CloudWatch and reachability', () => {
    const config = read({
      schedule: {
        frequency: { hours: 1 },
        timeout: { minutes: 5 },
        scope: 'global',
      },
      historyDays: 30,
      pagerduty: { token: 'pd-token', baseUrl: 'https://pd.example.com/' },
      cloudwatch: { enabled: true, defaultRegion: 'eu-west-1' },
      checks: {
        'escalation-policy': { minLevels: 3 },
        runbook: {
          reachability: { allowedHosts: ['Wiki.Example.com'], timeoutMs: 1000 },
        },
      },
    });
    expect(config.schedule).toMatchObject({
      frequency: { hours: 1 },
      scope: 'global',
    });
    expect(config.historyDays).toBe(30);
    expect(config.pagerduty).toEqual({
      token: 'pd-token',
      baseUrl: 'https://pd.example.com',
      timeoutMs: 5000,
      minLevels: 3,
    });
    expect(config.cloudwatch).toEqual({
      defaultRegion: 'eu-west-1',
      insufficientDataGraceHours: 24,
    });
    expect(config.runbookReachability).toEqual({
      allowedHosts: ['wiki.example.com'],
      timeoutMs: 1000,
    });
  });

  it('turns CloudWatch verification on when aws is configured', () => {
    expect(read({}, { aws: { mainAccount: {} } }).cloudwatch).toBeDefined();
    expect(
      read({ cloudwatch: { enabled: false } }, { aws: { mainAccount: {} } })
        .cloudwatch,
    ).toBeUndefined();
  });

  it.each([
    [
      { historyDays: 0 },
      /stagecraft\.readiness\.historyDays: expected a positive whole number/,
    ],
    [
      {
        checks: {
          runbook: {
            reachability: { allowedHosts: ['https://wiki.example.com'] },
          },
        },
      },
      /allowedHosts\[0\]: "https:\/\/wiki.example.com" is not a host name/,
    ],
    [
      {
        checks: {
          runbook: { reachability: { allowedHosts: ['*.example.com'] } },
        },
      },
      /is not a host name/,
    ],
    [
      { pagerduty: { token: 't', baseUrl: 'api.pagerduty.com' } },
      /pagerduty\.baseUrl/,
    ],
  ])('names the offending key for %j', (readiness, message) => {
    expect(() => read(readiness)).toThrow(message);
  });

  it('never puts the token in an error message', () => {
    expect(() =>
      read({ pagerduty: { token: 'secret-pd-token', timeoutMs: -1 } }),
    ).toThrow(/^((?!secret-pd-token).)*$/);
  });
});

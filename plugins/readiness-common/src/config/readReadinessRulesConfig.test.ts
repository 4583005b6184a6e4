import { ConfigReader } from '@backstage/config';
import { readReadinessRulesConfig } from './readReadinessRulesConfig';
import { DEFAULT_READINESS_RULES_CONFIG } from './defaults';

const read = (checks: unknown) =>
  readReadinessRulesConfig(
    new ConfigReader({ stagecraft: { readiness: { checks } } } as any),
  );

describe('readReadinessRulesConfig', () => {
  it('uses the defaults without configuration', () => {
    expect(readReadinessRulesConfig()).toEqual(DEFAULT_READINESS_RULES_CONFIG);
    expect(readReadinessRulesConfig(new ConfigReader({}))).toEqual(
      DEFAULT_READINESS_RULES_CONFIG,
    );
  });

  it('takes app.baseUrl as the portal links are judged against', () => {
    expect(
      readReadinessRulesConfig(
        new ConfigReader({ app: { baseUrl: 'https://portal.example.com' } }),
      ).portalBaseUrl,
    ).toBe('https://portal.example.com');
  });

  it('overrides a built-in check field by field', () => {
    const { checks } = read({
      runbook: {
        severity: 'warning',
        fixUrl: 'https://wiki.example.com/how-to/runbooks',
        appliesTo: { kind: 'Component', type: ['service', 'lambda-function'] },
      },
    });
    const runbook = checks.find(c => c.id === 'runbook')!;
    expect(runbook).toMatchObject({
      title: 'Runbook',
      severity: 'warning',
      fixUrl: 'https://wiki.example.com/how-to/runbooks',
      appliesTo: [
        { kind: ['Component'], type: ['service', 'lambda-function'] },
      ],
    });
  });

  it('adds a check defined with require', () => {
    const { checks } = read({
      dashboard: {
        title: 'Dashboard',
        severity: 'warning',
        appliesTo: [{ kind: ['Component'], lifecycle: ['production'] }],
        require: { linkTypes: ['dashboard'] },
      },
    });
    expect(checks.map(c => c.id)).toContain('dashboard');
    expect(checks.find(c => c.id === 'dashboard')).toMatchObject({
      description: 'Dashboard',
      require: { linkTypes: ['dashboard'] },
    });
  });

  it('extends alarm purposes and monitor expectations by id', () => {
    const config = read({
      monitors: {
        alarmPurposes: { freshness: { matches: ['stale', 'freshness'] } },
        expectations: [
          { id: 'sqs-queue', enabled: false },
          { id: 'stream-consumer', requires: ['iterator-age'] },
          {
            id: 'firehose',
            title: 'Firehose delivery stream',
            appliesTo: { kind: 'Resource', type: 'firehose-delivery-stream' },
            requires: ['freshness'],
          },
        ],
      },
    });
    expect(config.alarmPurposes.freshness).toEqual({
      matches: ['stale', 'freshness'],
    });
    expect(config.alarmPurposes['iterator-age']).toBeDefined();
    const ids = config.monitorExpectations.map(e => e.id);
    expect(ids).not.toContain('sqs-queue');
    expect(ids).toContain('firehose');
    expect(
      config.monitorExpectations.find(e => e.id === 'stream-consumer'),
    ).toMatchObject({
      title: 'Lambda reading a Kinesis stream',
      requires: ['iterator-age'],
    });
  });

  it.each([
    [
      { runbook: { severity: 'fatal' } },
      /stagecraft\.readiness\.checks\.runbook\.severity: "fatal" is not a severity/,
    ],
    [
      { runbook: { colour: 'red' } },
      /stagecraft\.readiness\.checks\.runbook\.colour: unknown setting/,
    ],
    [
      { runbook: { appliesTo: { team: 'x' } } },
      /checks\.runbook\.appliesTo\.team: unknown filter field/,
    ],
    [
      { runbook: { fixUrl: 'wiki/runbooks' } },
      /checks\.runbook\.fixUrl: "wiki\/runbooks" is not an http\(s\) URL/,
    ],
    [
      { runbook: { require: { linkTypes: ['x'] } } },
      /runbook\.require: "runbook" is a built-in check/,
    ],
    [
      { dashboard: { title: 'D', appliesTo: {} } },
      /checks\.dashboard: "dashboard" is not a built-in check/,
    ],
    [
      { dashboard: { title: 'D', appliesTo: {}, require: {} } },
      /checks\.dashboard\.require: requires at least one/,
    ],
    [
      {
        monitors: {
          expectations: [
            { id: 'x', title: 'X', appliesTo: {}, requires: ['nope'] },
          ],
        },
      },
      /expectations\[0\]\.requires: unknown alarm purpose "nope"/,
    ],
    [
      { 'production-complete': { requires: ['runbok'] } },
      /production-complete\.requires: "runbok" is not a check id/,
    ],
  ])('names the offending key in %j', (checks, message) => {
    expect(() => read(checks)).toThrow(message);
  });
});

import { buildReadinessCatalogView } from '../catalog/catalogView';
import { DEFAULT_READINESS_RULES_CONFIG } from '../config/defaults';
import { lambda } from '../__testUtils__/entities';
import { failoverDrillCheck, loadTestCheck } from './evidenceChecks';
import { CheckContext } from './types';

const window = {
  from: new Date('2026-10-01T00:00:00Z'),
  to: new Date('2026-11-20T00:00:00Z'),
};

function contextOf(extra: Partial<CheckContext> = {}): CheckContext {
  return {
    catalog: buildReadinessCatalogView([]),
    config: DEFAULT_READINESS_RULES_CONFIG,
    definition: DEFAULT_READINESS_RULES_CONFIG.checks.find(
      d => d.id === 'load-test',
    )!,
    now: new Date('2026-11-10T00:00:00Z'),
    ...extra,
  };
}

const runbook = {
  url: 'https://wiki.example.com/runbook',
  title: 'Runbook',
  type: 'runbook',
};

describe('load-test', () => {
  it('passes with a dated load-test link inside the window, naming the newest', () => {
    const entity = lambda('checkout', {
      links: [
        runbook,
        {
          url: 'https://k6.example.com/r/1',
          title: 'Load test 2026-09-01',
          type: 'load-test',
        },
        { url: 'https://k6.example.com/2026-10-12/report', type: 'Load-Test' },
      ],
    });
    const outcome = loadTestCheck.evaluate(entity, contextOf({ window }));
    expect(outcome.status).toBe('pass');
    expect(outcome.reason).toContain('2026-10-12 (metadata.links[2])');
  });

  it('fails when the only load test is before the window, saying when it was', () => {
    const entity = lambda('checkout', {
      annotations: { 'stagecraft.io/last-load-test': '2026-09-01' },
    });
    const outcome = loadTestCheck.evaluate(entity, contextOf({ window }));
    expect(outcome.status).toBe('fail');
    expect(outcome.reason).toBe(
      'No load test within 2026-10-01 to 2026-11-20: the last load test recorded was on 2026-09-01 (stagecraft.io/last-load-test).',
    );
    expect(outcome.fix).toContain('type load-test');
  });

  it('names an undated link and a malformed annotation', () => {
    const entity = lambda('checkout', {
      links: [{ url: 'https://k6.example.com/latest', type: 'load-test' }],
      annotations: { 'stagecraft.io/last-load-test': 'last week' },
    });
    const outcome = loadTestCheck.evaluate(entity, contextOf({ window }));
    expect(outcome.status).toBe('fail');
    expect(outcome.reason).toContain(
      'metadata.links[0] of type load-test has no date in its title or URL',
    );
    expect(outcome.reason).toContain(
      'stagecraft.io/last-load-test is "last week", not a date (YYYY-MM-DD)',
    );
  });

  it('looks back 90 days from now without a campaign window', () => {
    const recent = lambda('a', {
      annotations: { 'stagecraft.io/last-load-test': '2026-09-01' },
    });
    expect(loadTestCheck.evaluate(recent, contextOf()).status).toBe('pass');
    const old = lambda('b', {
      annotations: { 'stagecraft.io/last-load-test': '2026-08-01' },
    });
    expect(loadTestCheck.evaluate(old, contextOf()).status).toBe('fail');
  });
});

describe('failover-drill', () => {
  it('reads its own link type and annotation, not the load test ones', () => {
    const entity = lambda('checkout', {
      annotations: {
        'stagecraft.io/last-load-test': '2026-10-05',
        'stagecraft.io/last-failover-drill': '2026-10-06',
      },
    });
    const outcome = failoverDrillCheck.evaluate(entity, contextOf({ window }));
    expect(outcome.reason).toContain('failover or DR drill on 2026-10-06');
    const withoutDrill = lambda('other', {
      annotations: { 'stagecraft.io/last-load-test': '2026-10-05' },
    });
    expect(
      failoverDrillCheck.evaluate(withoutDrill, contextOf({ window })).status,
    ).toBe('fail');
  });
});

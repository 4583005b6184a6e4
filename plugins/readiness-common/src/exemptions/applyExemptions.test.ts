import { CheckResult, EntityReadiness } from '../types';
import { applyExemptions } from './applyExemptions';
import { Exemption } from './types';

const now = new Date('2026-12-06T12:00:00Z');

const check = (
  checkId: string,
  status: CheckResult['status'],
  severity: CheckResult['severity'] = 'error',
): CheckResult => ({
  checkId,
  title: checkId,
  severity,
  status,
  reason: `${checkId} is ${status}`,
  ...(status === 'fail' ? { fix: `fix ${checkId}` } : {}),
  verifiedWith: ['catalog'],
});

const readiness = (checks: CheckResult[]): EntityReadiness => ({
  entityRef: 'component:default/orders-api',
  kind: 'Component',
  score: 0,
  status: 'fail',
  checks,
  evaluatedAt: now.toISOString(),
});

const exemption = (extra: Partial<Exemption> = {}): Exemption => ({
  id: 'ex-1',
  entityRef: 'component:default/orders-api',
  checkId: 'runbook',
  reason: 'The runbook moves to TechDocs next sprint',
  expiresAt: '2026-12-20T00:00:00.000Z',
  state: 'approved',
  requestedBy: 'user:default/ana',
  requestedAt: '2026-12-01T00:00:00.000Z',
  decidedBy: 'user:default/sre-lead',
  decidedAt: '2026-12-02T00:00:00.000Z',
  ...extra,
});

const requires = ['owner', 'runbook', 'monitors'];

describe('applyExemptions', () => {
  it('turns the failing check an approved exemption names into exempt, and the score, status and roll-up follow', () => {
    const result = applyExemptions(
      readiness([
        check('owner', 'pass'),
        check('runbook', 'fail'),
        check('monitors', 'pass'),
        check('production-complete', 'fail'),
      ]),
      [exemption()],
      now,
      ['production-complete'],
      requires,
    );
    expect(result.checks[1]).toMatchObject({
      status: 'exempt',
      exemption: {
        id: 'ex-1',
        reason: 'The runbook moves to TechDocs next sprint',
        expiresAt: '2026-12-20T00:00:00.000Z',
        approvedBy: 'user:default/sre-lead',
        originalStatus: 'fail',
      },
    });
    expect(result.checks[3]).toMatchObject({
      status: 'pass',
      reason:
        'Passes owner, runbook, monitors (runbook by an approved exemption).',
    });
    expect(result.checks[3].fix).toBeUndefined();
    expect(result).toMatchObject({ score: 100, status: 'pass', exempted: 1 });
  });

  it('lets off an errored check too, and leaves the other failures failing', () => {
    const result = applyExemptions(
      readiness([
        check('runbook', 'error'),
        check('monitors', 'fail', 'warning'),
        check('production-complete', 'error'),
      ]),
      [exemption()],
      now,
      ['production-complete'],
      requires,
    );
    expect(result.checks.map(c => c.status)).toEqual([
      'exempt',
      'fail',
      'fail',
    ]);
    expect(result.checks[0].exemption?.originalStatus).toBe('error');
    expect(result).toMatchObject({ score: 50, status: 'fail', exempted: 1 });
  });

  it('ignores exemptions that are not approved, have expired, name another check or entity, or a passing check', () => {
    const input = readiness([check('runbook', 'fail'), check('owner', 'pass')]);
    for (const other of [
      exemption({ state: 'requested' }),
      exemption({ state: 'denied' }),
      exemption({ state: 'withdrawn' }),
      exemption({ expiresAt: now.toISOString() }),
      exemption({ checkId: 'monitors' }),
      exemption({ entityRef: 'component:default/payments-api' }),
      exemption({ checkId: 'owner' }),
    ]) {
      expect(applyExemptions(input, [other], now)).toBe(input);
    }
  });

  it('matches the entity whatever the case of its ref', () => {
    const result = applyExemptions(
      {
        ...readiness([check('runbook', 'fail')]),
        entityRef: 'component:default/Orders-API',
      },
      [exemption()],
      now,
    );
    expect(result.checks[0].status).toBe('exempt');
  });
});

import { buildReadinessCatalogView } from '../catalog/catalogView';
import { DEFAULT_READINESS_RULES_CONFIG } from '../config/defaults';
import {
  evaluateChecks,
  evaluateEntityReadiness,
  evaluateReadiness,
  finalizeReadiness,
} from './evaluateEntity';
import {
  component,
  domain,
  group,
  lambda,
  system,
  user,
} from '../__testUtils__/entities';
import { ReadinessRulesConfig } from '../types';

const at = new Date('2026-11-22T10:00:00Z');
const base = [group(), user(), system('sys', 'domain:dom'), domain('dom')];

describe('evaluateEntityReadiness', () => {
  it('passes a complete production Lambda on every check, roll-up included', () => {
    const entity = lambda('fn', { system: 'sys' });
    const result = evaluateEntityReadiness(
      entity,
      buildReadinessCatalogView([entity, ...base]),
      undefined,
      at,
    );
    expect(result).toMatchObject({
      entityRef: 'component:default/fn',
      kind: 'Component',
      type: 'lambda-function',
      lifecycle: 'production',
      owner: 'group:default/team',
      system: 'system:default/sys',
      domain: 'domain:default/dom',
      score: 100,
      status: 'pass',
      evaluatedAt: '2026-11-22T10:00:00.000Z',
    });
    expect(result!.checks.map(c => [c.checkId, c.status])).toEqual([
      ['owner', 'pass'],
      ['oncall-contact', 'pass'],
      ['runbook', 'pass'],
      ['runbook-reviewed', 'pass'],
      ['escalation-policy', 'pass'],
      ['monitors', 'pass'],
      ['production-complete', 'pass'],
    ]);
    expect(result!.checks.every(c => c.fixUrl?.startsWith('https://'))).toBe(
      true,
    );
    expect(result!.checks.every(c => c.fix === undefined)).toBe(true);
  });

  it('fails production-complete when a required check fails, and scores without the roll-up', () => {
    const entity = lambda('fn', { links: [] });
    const result = evaluateEntityReadiness(
      entity,
      buildReadinessCatalogView([entity, ...base]),
    )!;
    const complete = result.checks.find(
      c => c.checkId === 'production-complete',
    )!;
    expect(complete.status).toBe('fail');
    expect(complete.reason).toBe('Not production complete: Runbook fails.');
    // 5 of the 6 checks pass (runbook-reviewed has nothing to review)
    expect(result.score).toBe(83);
    expect(result.status).toBe('fail');
  });

  it('returns undefined when no check applies', () => {
    expect(
      evaluateEntityReadiness(user(), buildReadinessCatalogView(base)),
    ).toBeUndefined();
  });

  it('only checks ownership of non-production components', () => {
    const entity = component('old', { lifecycle: 'deprecated' });
    const result = evaluateEntityReadiness(
      entity,
      buildReadinessCatalogView([entity, ...base]),
    )!;
    expect(result.checks.map(c => c.checkId)).toEqual(['owner']);
  });

  it('reports failing warnings as warn, and leaves disabled checks out', () => {
    const config: ReadinessRulesConfig = {
      ...DEFAULT_READINESS_RULES_CONFIG,
      checks: DEFAULT_READINESS_RULES_CONFIG.checks.map(c => {
        if (c.id === 'runbook') return { ...c, severity: 'warning' };
        if (c.id === 'production-complete') return { ...c, severity: 'off' };
        return c;
      }),
    };
    const entity = lambda('fn', { links: [] });
    const result = evaluateEntityReadiness(
      entity,
      buildReadinessCatalogView([entity, ...base]),
      config,
    )!;
    expect(result.status).toBe('warn');
    expect(result.checks.find(c => c.checkId === 'runbook')!.severity).toBe(
      'warning',
    );
    expect(result.checks.some(c => c.checkId === 'production-complete')).toBe(
      false,
    );
  });

  it('rolls up a check that could not be completed as error, not as pass', () => {
    const entity = lambda('fn');
    const catalog = buildReadinessCatalogView([entity, ...base]);
    const checks = evaluateChecks(entity, catalog).map(c =>
      c.checkId === 'escalation-policy'
        ? { ...c, status: 'error' as const, reason: 'PagerDuty timed out.' }
        : c,
    );
    const result = finalizeReadiness(entity, catalog, checks);
    expect(result.status).toBe('error');
    expect(
      result.checks.find(c => c.checkId === 'production-complete'),
    ).toMatchObject({
      status: 'error',
      reason: 'Could not be confirmed: Escalation policy could not be checked.',
    });
  });
});

describe('evaluateReadiness', () => {
  it('records an entity that cannot be evaluated and goes on with the others', () => {
    // Bad data from outside: reading the links throws.
    const broken = lambda('broken');
    Object.defineProperty(broken.metadata, 'links', {
      get() {
        throw new Error('links could not be read');
      },
    });
    const good = lambda('good');
    const results = evaluateReadiness([broken, good, ...base]);
    expect(results.map(r => [r.entityRef, r.status])).toEqual([
      ['component:default/broken', 'error'],
      ['component:default/good', 'pass'],
    ]);
    expect(results[0].error).toBe(
      'Could not evaluate component:default/broken: links could not be read',
    );
  });
});

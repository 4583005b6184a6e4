import {
  CheckResult,
  EntityReadiness,
} from '@stagecraft/plugin-readiness-common';

const check = (
  checkId: string,
  status: CheckResult['status'],
): CheckResult => ({
  checkId,
  title: checkId,
  severity: 'error',
  status,
  reason: `${checkId} ${status}`,
  verifiedWith: ['catalog'],
});

/** A stored result: `failing` lists the checks that fail, the others pass. */
export function readiness(
  name: string,
  options: {
    owner?: string;
    system?: string;
    domain?: string;
    failing?: string[];
    at?: string;
    kind?: string;
  } = {},
): EntityReadiness {
  const failing = options.failing ?? [];
  const ids = ['owner', 'runbook', 'monitors', 'escalation-policy'];
  const checks = ids.map(id =>
    check(id, failing.includes(id) ? 'fail' : 'pass'),
  );
  return {
    entityRef: `${(options.kind ?? 'Component').toLowerCase()}:default/${name}`,
    kind: options.kind ?? 'Component',
    type: 'lambda-function',
    lifecycle: 'production',
    owner: options.owner ?? 'group:default/team-a',
    system: options.system ?? 'system:default/sys-a',
    domain: options.domain ?? 'domain:default/dom',
    score: Math.round((100 * (ids.length - failing.length)) / ids.length),
    status: failing.length > 0 ? 'fail' : 'pass',
    checks,
    evaluatedAt: options.at ?? '2026-11-22T10:00:00.000Z',
  };
}

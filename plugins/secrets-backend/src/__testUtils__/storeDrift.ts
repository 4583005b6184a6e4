import {
  DRIFT_KINDS,
  DriftFinding,
  DriftKind,
  StoreDrift,
} from '@stagecraft/plugin-secrets-common';

/** A finding of `store` about a catalog secret (`secret`) or a store item only (a shadow). */
export function finding(
  store: string,
  kind: DriftFinding['kind'],
  about: { secret?: string; item?: string },
): DriftFinding {
  return {
    kind,
    severity: 'error',
    store,
    ...(about.secret ? { secret: about.secret } : {}),
    item: about.item ?? about.secret ?? 'item',
    evidence: `${kind} evidence`,
    fix: `${kind} fix`,
  };
}

/** A store's run read at `checkedAt`: `ok` with findings, or `unknown` as the service reports it. */
export function storeRun(
  store: string,
  checkedAt: string,
  findings: DriftFinding[] | 'unknown',
): StoreDrift {
  if (findings === 'unknown') {
    return {
      store,
      provider: 'hashicorp-vault',
      simulated: false,
      status: 'unknown',
      checkedAt,
      problem: 'access-denied: Vault refused the token',
      findings: [],
    };
  }
  return {
    store,
    provider: 'hashicorp-vault',
    simulated: false,
    status: 'ok',
    checkedAt,
    lastGoodAt: checkedAt,
    items: 10,
    itemsInCatalog: 8,
    findings,
    rotations: [
      {
        secret: 'resource:default/orders-db',
        store,
        item: 'kv/prod/orders-db',
        lastRotatedAt: '2026-11-01T00:00:00.000Z',
        rotationPeriodDays: 30,
        nextDueAt: '2026-12-01T00:00:00.000Z',
      },
    ],
  };
}

/** Findings counted by kind, as the trend and the history report them: `counts`, every other kind 0. */
export function findingCounts(
  counts: Partial<Record<DriftKind, number>>,
): Record<DriftKind, number> {
  return Object.fromEntries(
    DRIFT_KINDS.map(kind => [kind, counts[kind] ?? 0]),
  ) as Record<DriftKind, number>;
}

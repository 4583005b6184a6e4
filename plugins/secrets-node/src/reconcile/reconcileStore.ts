import { SecretStoreItem } from '../types';
import { storeNamesOf } from './storeNames';
import {
  CatalogSecret,
  DriftFinding,
  ReconcilePolicy,
  SecretRotationStatus,
  StoreReconciliation,
} from './types';

const DAY_MS = 86_400_000;

function daysBetween(isoDate: string, now: Date): number | undefined {
  const time = Date.parse(isoDate);
  return Number.isNaN(time)
    ? undefined
    : Math.floor((now.getTime() - time) / DAY_MS);
}

const dateOf = (isoDate: string) => isoDate.slice(0, 10);

const ROTATED_KINDS = new Set(['secret', 'key', 'parameter']);

/** Items by every name a catalog secret may use for them: name, and id (ARN). */
function indexItems(items: SecretStoreItem[]): Map<string, SecretStoreItem> {
  const byName = new Map<string, SecretStoreItem>();
  for (const item of items) {
    byName.set(item.name, item);
    if (item.id) byName.set(item.id, item);
  }
  return byName;
}

function ghostOrDeleted(
  store: string,
  secret: CatalogSecret,
  item: SecretStoreItem | undefined,
): DriftFinding | undefined {
  const dependents =
    secret.dependents === 1
      ? '1 entity depends'
      : `${secret.dependents} entities depend`;
  if (!item) {
    return {
      kind: 'ghost',
      severity: secret.dependents > 0 ? 'error' : 'warning',
      store,
      secret: secret.ref,
      item: secret.path,
      evidence: `${secret.path} is not in the store; ${dependents} on it.`,
      fix: 'Fix stagecraft.io/secret-path if it moved, or remove the catalog entry and what depends on it.',
    };
  }
  if (item.deletedAt && secret.dependents > 0) {
    return {
      kind: 'ghost',
      severity: 'error',
      store,
      secret: secret.ref,
      item: item.name,
      evidence: `${item.name} is deleted or scheduled for deletion (${dateOf(
        item.deletedAt,
      )}); ${dependents} on it.`,
      fix: 'Cancel the deletion, or move what depends on it to another secret first.',
    };
  }
  return undefined;
}

/** The secret's rotation period (else the store's, else the policy's) and when it last changed. */
function rotationOf(
  secret: CatalogSecret,
  item: SecretStoreItem,
  policy: ReconcilePolicy,
): { period?: number; last?: string } {
  return {
    period:
      secret.rotationPeriodDays ??
      item.rotationPeriodDays ??
      policy.defaultRotationPeriodDays,
    last: item.lastRotated ?? item.lastChanged ?? item.createdAt,
  };
}

function nextDueAt(last: string | undefined, period: number | undefined) {
  const time = last ? Date.parse(last) : NaN;
  if (period === undefined || Number.isNaN(time)) return undefined;
  return new Date(time + period * DAY_MS).toISOString();
}

function rotationStatus(
  store: string,
  secret: CatalogSecret,
  item: SecretStoreItem,
  policy: ReconcilePolicy,
): SecretRotationStatus {
  const { period, last } = rotationOf(secret, item, policy);
  const due = nextDueAt(last, period);
  return {
    secret: secret.ref,
    store,
    item: item.name,
    ...(item.lastRotated ? { lastRotatedAt: item.lastRotated } : {}),
    ...(item.lastChanged ? { lastChangedAt: item.lastChanged } : {}),
    ...(item.lastAccessed ? { lastAccessedAt: item.lastAccessed } : {}),
    ...(period !== undefined ? { rotationPeriodDays: period } : {}),
    ...(due ? { nextDueAt: due } : {}),
    ...(item.rotationEnabled !== undefined
      ? { rotationEnabled: item.rotationEnabled }
      : {}),
    ...(item.expiresAt ? { expiresAt: item.expiresAt } : {}),
  };
}

function rotationFindings(
  store: string,
  secret: CatalogSecret,
  item: SecretStoreItem,
  policy: ReconcilePolicy,
  now: Date,
): DriftFinding[] {
  const findings: DriftFinding[] = [];
  const { period, last } = rotationOf(secret, item, policy);
  const age = last ? daysBetween(last, now) : undefined;
  if (period !== undefined && last && age !== undefined && age > period) {
    findings.push({
      kind: 'rotation-overdue',
      severity: 'error',
      store,
      secret: secret.ref,
      item: item.name,
      evidence: `Last ${item.lastRotated ? 'rotated' : 'changed'} on ${dateOf(
        last,
      )}, ${age} days ago; its rotation period is ${period} days.`,
      fix: `Rotate it now (its rotation guide says how), then keep to ${period} days, ideally with automatic rotation.`,
    });
  }
  if (
    policy.requireRotation &&
    ROTATED_KINDS.has(item.kind) &&
    item.rotationEnabled === false
  ) {
    findings.push({
      kind: 'rotation-disabled',
      severity: 'warning',
      store,
      secret: secret.ref,
      item: item.name,
      evidence: `${item.name} has automatic rotation turned off.`,
      fix: 'Turn on automatic rotation in the store.',
    });
  }
  return findings;
}

function usageFindings(
  store: string,
  item: SecretStoreItem,
  policy: ReconcilePolicy,
  now: Date,
  secret?: string,
): DriftFinding[] {
  const findings: DriftFinding[] = [];
  const idle = item.lastAccessed
    ? daysBetween(item.lastAccessed, now)
    : undefined;
  if (idle !== undefined && idle > policy.unusedAfterDays) {
    findings.push({
      kind: 'unused',
      severity: 'info',
      store,
      ...(secret ? { secret } : {}),
      item: item.name,
      evidence: `Not read for ${idle} days (last on ${dateOf(
        item.lastAccessed!,
      )}).`,
      fix: 'Check that nothing needs it, then delete it from the store and the catalog.',
    });
  }
  const left = item.expiresAt ? daysBetween(item.expiresAt, now) : undefined;
  if (left !== undefined && -left <= policy.expiringWithinDays) {
    findings.push({
      kind: 'expiring',
      severity: left >= 0 ? 'error' : 'warning',
      store,
      ...(secret ? { secret } : {}),
      item: item.name,
      evidence:
        left >= 0
          ? `Expired on ${dateOf(item.expiresAt!)}.`
          : `Expires on ${dateOf(item.expiresAt!)}, in ${-left} days.`,
      fix: item.renewalEligible
        ? 'The store can renew it: check that renewal is on track.'
        : 'Renew or replace it before it expires.',
    });
  }
  return findings;
}

/**
 * Compares what the catalog says a store holds with what the store reports: shadow items
 * (in the store, not in the catalog), ghost entries (in the catalog, gone or being deleted while
 * depended on), overdue or disabled rotation, unused items and expiring ones; and, for each
 * catalog secret found in the store, its rotation status. Linear in the number of secrets and
 * items.
 */
export function reconcileStore(input: {
  store: string;
  secrets: CatalogSecret[];
  items: SecretStoreItem[];
  policy: ReconcilePolicy;
  now: Date;
}): StoreReconciliation {
  const { store, secrets, items, policy, now } = input;
  const byName = indexItems(items);
  const matched = new Set<SecretStoreItem>();
  const findings: DriftFinding[] = [];
  const rotations: SecretRotationStatus[] = [];
  for (const secret of secrets) {
    const item = storeNamesOf(secret.path)
      .map(name => byName.get(name))
      .find(Boolean);
    const ghost = ghostOrDeleted(store, secret, item);
    if (ghost) findings.push(ghost);
    if (!item) continue;
    matched.add(item);
    rotations.push(rotationStatus(store, secret, item, policy));
    findings.push(...rotationFindings(store, secret, item, policy, now));
    findings.push(...usageFindings(store, item, policy, now, secret.ref));
  }
  for (const item of items) {
    if (matched.has(item) || item.deletedAt) continue;
    findings.push({
      kind: 'shadow',
      severity: 'error',
      store,
      item: item.name,
      evidence: `${item.name} (${item.kind}) is in the store, and no catalog secret names it.`,
      fix: `Add it to the catalog: a secret entity with stagecraft.io/secret-path: ${item.name} that dependsOn this store; or delete it if nothing uses it.`,
    });
    findings.push(...usageFindings(store, item, policy, now));
  }
  return { findings, rotations };
}

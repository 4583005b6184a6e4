import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { readableEntityRefs } from '@stagecraft/backend-node';
import { refKey } from '@stagecraft/catalog-conventions-common';
import {
  declaredStoreRef,
  EntityDriftResponse,
  isSecret,
  isSecretStore,
  StoreDrift,
} from '@stagecraft/plugin-secrets-common';

/**
 * A store's drift as the caller may see it: findings and rotations about catalog secrets
 * the caller may read; findings about items the catalog does not name (shadows) only for
 * secrets reviewers, since they say what else a store holds.
 */
async function visibleStoreDrift(
  drift: StoreDrift,
  options: {
    catalog: CatalogService;
    credentials: BackstageCredentials;
    mayReview: boolean;
  },
): Promise<StoreDrift> {
  const secrets = [
    ...drift.findings.flatMap(f => (f.secret ? [f.secret] : [])),
    ...(drift.rotations ?? []).map(r => r.secret),
  ];
  const readable = new Set(
    [
      ...(secrets.length
        ? await readableEntityRefs(
            options.catalog,
            secrets,
            options.credentials,
          )
        : []),
    ].map(ref => refKey(ref)),
  );
  return {
    ...drift,
    findings: drift.findings.filter(f =>
      f.secret ? readable.has(refKey(f.secret)) : options.mayReview,
    ),
    ...(drift.rotations
      ? {
          rotations: drift.rotations.filter(r =>
            readable.has(refKey(r.secret)),
          ),
        }
      : {}),
  };
}

/**
 * `GET /entities/:kind/:namespace/:name/drift` for an entity the caller may read: a store's
 * reconciliation, or a secret's rotation status and findings from its store's; `{}` for
 * other entities and for stores that were never reconciled.
 */
export async function entityDrift(
  entity: Entity,
  options: {
    /** The stored drift of a store ref. */
    driftOf(store: string): Promise<StoreDrift | undefined>;
    catalog: CatalogService;
    credentials: BackstageCredentials;
    /** Whether the caller holds the secrets review permission. */
    mayReview: boolean;
  },
): Promise<EntityDriftResponse> {
  if (isSecretStore(entity)) {
    const drift = await options.driftOf(stringifyEntityRef(entity));
    return drift ? { store: await visibleStoreDrift(drift, options) } : {};
  }
  const storeRef = isSecret(entity) ? declaredStoreRef(entity) : undefined;
  const drift = storeRef ? await options.driftOf(storeRef) : undefined;
  if (!drift) return {};
  const key = refKey(entity);
  const rotation = drift.rotations?.find(r => refKey(r.secret) === key);
  return {
    secret: {
      store: drift.store,
      status: drift.status,
      simulated: drift.simulated,
      checkedAt: drift.checkedAt,
      ...(drift.lastGoodAt ? { lastGoodAt: drift.lastGoodAt } : {}),
      ...(rotation ? { rotation } : {}),
      findings: drift.findings.filter(
        f => f.secret !== undefined && refKey(f.secret) === key,
      ),
    },
  };
}

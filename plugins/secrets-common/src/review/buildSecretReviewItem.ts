import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  ANNOTATION_ROTATION_PERIOD,
  ANNOTATION_SECRET_KIND,
  ANNOTATION_SECRET_PATH,
} from '@stagecraft/catalog-conventions-common';
import type {
  RemediationLink,
  SecretReviewItem,
  SecretStoreSummary,
} from '../review';
import { SecretsCatalogView } from '../rules/catalogView';
import { dependentsOf } from '../rules/dependentsRule';
import { evaluateSecret } from '../rules/evaluateSecret';
import { findRemediationLinks } from '../rules/remediationLinks';
import { storeEntityOf } from '../rules/resolveStore';
import { judgeStore } from '../rules/storeApproval';
import { SecretsRulesConfig } from '../types';

// Only named fields of known type are read from the catalog: annotations and
// spec are never copied through as a whole.
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : undefined;
}

function normalizedRef(
  value: unknown,
  defaultKind: string,
  defaultNamespace: string,
): string | undefined {
  const ref = text(value);
  if (!ref) {
    return undefined;
  }
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, { defaultKind, defaultNamespace }),
    );
  } catch {
    return ref;
  }
}

/** The links the remediation-docs rule accepts: recognised, a portal page or https. */
function remediationLinksOf(
  entity: Entity,
  portalBaseUrl?: string,
): RemediationLink[] {
  return findRemediationLinks(entity, portalBaseUrl)
    .filter(link => link.usable)
    .map(link => ({
      url: link.url,
      type: link.type,
      recognisedBy: link.recognisedBy,
      ...(link.title ? { title: link.title } : {}),
    }));
}

/** The store as a review row shows it, judged by the approved-store rule's `judgeStore`. */
function storeSummaryOf(
  secret: Entity,
  view: SecretsCatalogView,
  config: SecretsRulesConfig,
): SecretStoreSummary | undefined {
  const store = storeEntityOf(secret, view);
  if (!store) {
    return undefined;
  }
  const approval = judgeStore(store, config);
  const title = text(store.metadata.title);
  return {
    entityRef: stringifyEntityRef(store),
    name: store.metadata.name,
    ...(title ? { title } : {}),
    ...('provider' in approval && approval.provider
      ? { provider: approval.provider, providerSource: approval.providerSource }
      : {}),
    approved: approval.verdict === 'approved',
    approval: approval.verdict,
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as T;
}

/**
 * The review row of one secret, evaluated against `view`: what it is, its
 * store and whether that is approved, what depends on it, and the verdicts of
 * the secret rules. The secrets backend serves these rows.
 */
export function buildSecretReviewItem(
  secret: Entity,
  view: SecretsCatalogView,
  config: SecretsRulesConfig,
): SecretReviewItem {
  const entityRef = stringifyEntityRef(secret);
  const namespace = secret.metadata.namespace ?? 'default';
  const annotations = secret.metadata.annotations ?? {};
  const dependents = [
    ...new Set(dependentsOf(secret, view).map(e => stringifyEntityRef(e))),
  ].sort();
  return withoutUndefined({
    entityRef,
    name: secret.metadata.name,
    namespace,
    title: text(secret.metadata.title),
    description: text(secret.metadata.description),
    secretKind: text(annotations[ANNOTATION_SECRET_KIND]),
    secretPath: text(annotations[ANNOTATION_SECRET_PATH]),
    rotationPeriod: text(annotations[ANNOTATION_ROTATION_PERIOD]),
    lifecycle: text(secret.spec?.lifecycle),
    owner: normalizedRef(secret.spec?.owner, 'group', namespace),
    system: normalizedRef(secret.spec?.system, 'system', namespace),
    store: storeSummaryOf(secret, view, config),
    dependents,
    remediationLinks: remediationLinksOf(secret, config.portalBaseUrl),
    compliance: evaluateSecret(secret, view, config),
  });
}

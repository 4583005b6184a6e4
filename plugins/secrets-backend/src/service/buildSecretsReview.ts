import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  ANNOTATION_ROTATION_PERIOD,
  ANNOTATION_SECRET_KIND,
  ANNOTATION_SECRET_PATH,
  buildSecretsCatalogView,
  declaredStoreRef,
  evaluateSecret,
  findRemediationLinks,
  isSecret,
  judgeStore,
  RemediationLink,
  SecretReviewItem,
  SecretsCatalogView,
  SecretsReviewResponse,
  SecretsRulesConfig,
  SecretStoreSummary,
  summarizeSecrets,
} from '@stagecraft/plugin-secrets-common';

/** A computed review: the response rows plus the indexes the other routes use. */
export type SecretsReview = {
  response: SecretsReviewResponse;
  /** The catalog the review was computed from, to evaluate secrets added since. */
  view: SecretsCatalogView;
  config: SecretsRulesConfig;
  /** Rows by lower-case secret ref. */
  itemsBySecret: Map<string, SecretReviewItem>;
  /** Rows by lower-case store ref. */
  itemsByStore: Map<string, SecretReviewItem[]>;
};

/** Lower-case `kind:namespace/name`, the key of every map here. */
export function refKey(ref: string): string {
  return ref.toLocaleLowerCase('en-US');
}

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

/** The links the remediation-docs rule accepts: recognised, with an https URL. */
function remediationLinksOf(entity: Entity): RemediationLink[] {
  return findRemediationLinks(entity)
    .filter(link => link.https)
    .map(link => ({
      url: link.url,
      type: link.type,
      recognisedBy: link.recognisedBy,
      ...(link.title ? { title: link.title } : {}),
    }));
}

function storeOf(
  secret: Entity,
  view: SecretsCatalogView,
  config: SecretsRulesConfig,
): SecretStoreSummary | undefined {
  const ref = declaredStoreRef(secret);
  const store = ref ? view.getEntity(ref) : undefined;
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

/** The review row of one secret, evaluated against `view`. */
export function buildSecretReviewItem(
  secret: Entity,
  view: SecretsCatalogView,
  config: SecretsRulesConfig,
): SecretReviewItem {
  const entityRef = stringifyEntityRef(secret);
  const namespace = secret.metadata.namespace ?? 'default';
  const annotations = secret.metadata.annotations ?? {};
  const dependents = [
    ...new Set(view.getDependents(entityRef).map(e => stringifyEntityRef(e))),
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
    store: storeOf(secret, view, config),
    dependents,
    remediationLinks: remediationLinksOf(secret),
    compliance: evaluateSecret(secret, view, config),
  });
}

/** Evaluates every secret among `entities` against all of them. */
export function buildSecretsReview(
  entities: Entity[],
  config: SecretsRulesConfig,
  now: Date = new Date(),
): SecretsReview {
  const view = buildSecretsCatalogView(entities);
  const items = entities
    .filter(isSecret)
    .map(secret => buildSecretReviewItem(secret, view, config))
    .sort((a, b) => a.entityRef.localeCompare(b.entityRef));

  const itemsBySecret = new Map<string, SecretReviewItem>();
  const itemsByStore = new Map<string, SecretReviewItem[]>();
  for (const item of items) {
    itemsBySecret.set(refKey(item.entityRef), item);
    if (item.store) {
      const key = refKey(item.store.entityRef);
      const kept = itemsByStore.get(key);
      if (kept) {
        kept.push(item);
      } else {
        itemsByStore.set(key, [item]);
      }
    }
  }

  return {
    response: {
      items,
      summary: summarizeSecrets(items),
      generatedAt: now.toISOString(),
    },
    view,
    config,
    itemsBySecret,
    itemsByStore,
  };
}

import {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  buildSecretReviewItem,
  isSecret,
  isSecretStore,
  SecretReviewItem,
  SecretsRulesConfig,
} from '@stagecraft/plugin-secrets-common';
import { refKey } from '@stagecraft/catalog-conventions-common';
import { buildSecretsReview, SecretsReview } from './buildSecretsReview';
import { loadSecretsCatalog } from './loadSecretsCatalog';
import { TtlCache } from './ttlCache';
import { visibleReviewItems } from './visibleReviewItems';

export type SecretsReviewServiceOptions = {
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  rulesConfig: SecretsRulesConfig;
  /** How long a computed review is served before it is computed again. */
  cacheTtlMs: number;
  now?: () => number;
};

/** A computed review and its JSON body, serialised once per computation. */
export type CachedSecretsReview = SecretsReview & { json: () => string };

function dependsOnRefs(entity: Entity): string[] {
  const entries: unknown[] = Array.isArray(entity.spec?.dependsOn)
    ? entity.spec!.dependsOn
    : [];
  const namespace = entity.metadata.namespace ?? 'default';
  return entries.flatMap(entry => {
    if (typeof entry !== 'string') {
      return [];
    }
    try {
      return [refKey(parseEntityRef(entry, { defaultNamespace: namespace }))];
    } catch {
      return [];
    }
  });
}

/**
 * Secret compliance computed from the live catalog. The company-wide review
 * is computed with the plugin's own credentials and cached for a short time,
 * shared by all callers; who may read it is the router's permission check.
 * Per-entity answers are limited to what the caller may read in the catalog,
 * down to the dependents, stores and entities the rows name.
 */
export class SecretsReviewService {
  private readonly cache: TtlCache<CachedSecretsReview>;

  constructor(private readonly options: SecretsReviewServiceOptions) {
    this.cache = new TtlCache(
      () => this.compute(),
      options.cacheTtlMs,
      options.now,
    );
  }

  /** The review of every secret, at most `cacheTtlMs` old. */
  getReview(): Promise<CachedSecretsReview> {
    return this.cache.get();
  }

  /**
   * For a secret: its review row. For a secret store: the rows of the secrets
   * kept there. For any other entity: the rows of the secrets it depends on.
   * Throws NotFoundError when the caller cannot see the entity.
   */
  async getForEntity(
    ref: CompoundEntityRef,
    credentials: BackstageCredentials,
  ): Promise<SecretReviewItem | SecretReviewItem[]> {
    const { catalog } = this.options;
    const entity = await catalog.getEntityByRef(ref, { credentials });
    if (!entity) {
      throw new NotFoundError(
        `No entity ${stringifyEntityRef(ref)} in the catalog`,
      );
    }
    const review = await this.getReview();
    const key = refKey(entity);

    const visible = (items: SecretReviewItem[]) =>
      visibleReviewItems(items, {
        catalog,
        view: review.view,
        credentials,
        knownReadable: [stringifyEntityRef(entity)],
      });

    if (isSecret(entity)) {
      // A secret added since the review was computed is evaluated on its own.
      const item =
        review.itemsBySecret.get(key) ??
        buildSecretReviewItem(entity, review.view, review.config);
      const [visibleItem] = await visible([item]);
      return visibleItem;
    }
    const items = isSecretStore(entity)
      ? review.itemsByStore.get(key) ?? []
      : [...new Set(dependsOnRefs(entity))].sort().flatMap(dep => {
          const item = review.itemsBySecret.get(dep);
          return item ? [item] : [];
        });
    return visible(items);
  }

  private async compute(): Promise<CachedSecretsReview> {
    const { catalog, auth, logger, rulesConfig } = this.options;
    const started = Date.now();
    const entities = await loadSecretsCatalog(
      catalog,
      await auth.getOwnServiceCredentials(),
    );
    const loaded = Date.now();
    const review = buildSecretsReview(entities, rulesConfig);
    logger.info(
      `Computed the secrets review: ${
        review.response.items.length
      } secrets among ${entities.length} entities (catalog read ${
        loaded - started
      } ms, rules ${Date.now() - loaded} ms)`,
    );
    let json: string | undefined;
    return {
      ...review,
      json: () => (json ??= JSON.stringify(review.response)),
    };
  }
}

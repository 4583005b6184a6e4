import {
  AuthService,
  BackstageCredentials,
  LoggerService,
  PermissionsService,
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
  SecretsReviewPage,
  SecretsReviewQuery,
  SecretsRulesConfig,
} from '@stagecraft/plugin-secrets-common';
import { refKey } from '@stagecraft/catalog-conventions-common';
import {
  buildSecretsReviewInSlices,
  SecretsReview,
} from './buildSecretsReview';
import { catalogFingerprint, readSecretsCatalog } from './loadSecretsCatalog';
import { TtlCache } from './ttlCache';
import { visibleReviewItems } from './visibleReviewItems';
import { catalogReadDecision } from './catalogReads';
import { ReviewIndex } from './ReviewIndex';

export type SecretsReviewServiceOptions = {
  catalog: CatalogService;
  auth: AuthService;
  permissions: PermissionsService;
  logger: LoggerService;
  rulesConfig: SecretsRulesConfig;
  /** How long a computed review is served before it is computed again (in the background). */
  cacheTtlMs: number;
  now?: () => number;
};

/** A computed review and its index for paging. */
export type CachedSecretsReview = SecretsReview & {
  index: ReviewIndex;
  /** The catalog's fingerprint when it was read (`catalogFingerprint`), if it has one. */
  fingerprint?: string;
};

/** How many rows' dependents and findings are checked against the catalog per call. */
const REDACT_BATCH = 500;

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
 * Secret compliance computed from the live catalog. The review of every secret
 * is computed with the plugin's own credentials and kept in memory, indexed
 * for paging (`ReviewIndex`), for `cacheTtlMs`; after that the catalog's
 * fingerprint (every entity's uid and etag) is read, and the review computed
 * again, in the background while the last one is still served, only when the
 * catalog changed. Every answer is
 * limited to what the caller may read in the catalog: the secrets and stores
 * by one permission decision per request, and the dependents, stores and
 * entities the returned rows name by one catalog query.
 */
export class SecretsReviewService {
  private readonly cache: TtlCache<CachedSecretsReview>;
  /** The last review computed, to keep while the catalog has not changed. */
  private last?: CachedSecretsReview;

  constructor(private readonly options: SecretsReviewServiceOptions) {
    this.cache = new TtlCache(
      () => this.compute(),
      options.cacheTtlMs,
      options.now,
      undefined,
      error =>
        options.logger.warn(
          `Computing the secrets review again failed; serving the last one: ${error}`,
        ),
    );
  }

  /** The review of every secret: computed at most `cacheTtlMs` ago, or being computed again. */
  getReview(): Promise<CachedSecretsReview> {
    return this.cache.get();
  }

  /**
   * The review computed now (or by a computation already running), never the last one
   * served: the scheduled notifications must not judge secrets on a stale review.
   */
  getFreshReview(): Promise<CachedSecretsReview> {
    return this.cache.fresh();
  }

  /** One page of the review as the caller may see it, with totals and summary of the matches. */
  async getReviewPage(
    query: SecretsReviewQuery & { offset: number; limit: number },
    credentials: BackstageCredentials,
  ): Promise<SecretsReviewPage> {
    const { review, visible } = await this.visibleReview(credentials);
    const page = review.index.page(visible, query);
    return {
      ...page,
      items: await this.redacted(review, page.items, credentials),
    };
  }

  /** Every row the filters match as the caller may see it, in the order asked (for the CSV). */
  async getReviewRows(
    query: SecretsReviewQuery,
    credentials: BackstageCredentials,
  ): Promise<{ items: SecretReviewItem[]; generatedAt: string }> {
    const { review, visible } = await this.visibleReview(credentials);
    const rows = review.index.all(visible, query);
    const items: SecretReviewItem[] = [];
    for (let start = 0; start < rows.length; start += REDACT_BATCH) {
      items.push(
        ...(await this.redacted(
          review,
          rows.slice(start, start + REDACT_BATCH),
          credentials,
        )),
      );
    }
    return { items, generatedAt: review.index.generatedAt };
  }

  private async visibleReview(credentials: BackstageCredentials) {
    const { permissions, catalog } = this.options;
    const [review, decision] = await Promise.all([
      this.getReview(),
      catalogReadDecision(permissions, catalog, credentials),
    ]);
    return { review, visible: await review.index.visibleFor(decision) };
  }

  /** Rows whose secret the caller may read, without the dependents and stores they may not. */
  private redacted(
    review: CachedSecretsReview,
    items: SecretReviewItem[],
    credentials: BackstageCredentials,
  ) {
    return visibleReviewItems(items, {
      catalog: this.options.catalog,
      view: review.view,
      credentials,
      knownReadable: items.map(item => item.entityRef),
    });
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
    const credentials = await auth.getOwnServiceCredentials();
    const last = this.last;
    if (last?.fingerprint) {
      const fingerprint = await catalogFingerprint(catalog, credentials);
      if (fingerprint === last.fingerprint) {
        // The same catalog gives the same review: it is current as of now.
        const generatedAt = new Date().toISOString();
        last.response.generatedAt = generatedAt;
        last.index.generatedAt = generatedAt;
        logger.debug(
          `The catalog has not changed: keeping the secrets review (checked in ${
            Date.now() - started
          } ms)`,
        );
        return last;
      }
    }
    const { entities, fingerprint } = await readSecretsCatalog(
      catalog,
      credentials,
    );
    const loaded = Date.now();
    const review = await buildSecretsReviewInSlices(entities, rulesConfig);
    const evaluated = Date.now();
    const index = await ReviewIndex.build(
      review.response.items,
      review.view,
      review.response.generatedAt,
    );
    await index.warmFrom(last?.index);
    logger.info(
      `Computed the secrets review: ${
        review.response.items.length
      } secrets among ${entities.length} entities (catalog read ${
        loaded - started
      } ms, rules ${evaluated - loaded} ms, index ${
        Date.now() - evaluated
      } ms)`,
    );
    this.last = { ...review, index, fingerprint };
    return this.last;
  }
}

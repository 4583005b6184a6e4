import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  ComplianceFinding,
  DriftFinding,
  DriftTrendResponse,
  EntityDriftResponse,
  SecretReviewItem,
  SecretsDriftResponse,
  StoreDrift,
  SecretsReviewResponse,
  SecretsReviewPage,
  SecretsReviewQuery,
  SecretStoreSummary,
  DEFAULT_REVIEW_LIMIT,
  matchesReviewFilters,
  pageOfReview,
  reviewFacets,
  reviewSearchText,
  reviewSortOrder,
  reviewStoreSearchText,
  searchWords,
  secretsToCsv,
  summarizeSecrets,
} from '@stagecraft/plugin-secrets-common';
import type { SecretsApi } from '../api';

export const vaultStore: SecretStoreSummary = {
  entityRef: 'resource:default/hashicorp-vault-prod',
  name: 'hashicorp-vault-prod',
  title: 'Vault (prod)',
  provider: 'hashicorp-vault',
  approved: true,
};

/** The catalog entity of `vaultStore`. */
export const vaultEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'hashicorp-vault-prod', title: 'Vault (prod)' },
  spec: { type: 'secret-store', owner: 'group:default/platform-team' },
};

/** The catalog entity of the secret `makeSecret('reviews-api-key')` reviews. */
export const secretEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'reviews-api-key' },
  spec: { type: 'secret', owner: 'group:default/reviews-team' },
};

export const laptopStore: SecretStoreSummary = {
  entityRef: 'resource:default/team-laptops',
  name: 'team-laptops',
  title: 'Team laptops',
  provider: 'team-laptops',
  approved: false,
};

export const finding = (
  overrides: Partial<ComplianceFinding> = {},
): ComplianceFinding => ({
  ruleId: 'description',
  severity: 'error',
  message: 'The description "TODO" is a placeholder.',
  fix: 'Write one or two sentences saying what the secret is for.',
  field: 'metadata.description',
  ...overrides,
});

/** A compliant secret in Vault owned by the reviews team, unless overridden. */
export function makeSecret(
  name: string,
  overrides: Partial<SecretReviewItem> = {},
  findings: ComplianceFinding[] = [],
): SecretReviewItem {
  const entityRef = `resource:default/${name}`;
  return {
    entityRef,
    name,
    namespace: 'default',
    title: undefined,
    description: `Secret ${name} used by the reviews API.`,
    secretKind: 'api-key',
    secretPath: `prod/reviews/${name}`,
    rotationPeriod: '90d',
    lifecycle: 'production',
    owner: 'group:default/reviews-team',
    system: 'system:default/reviews',
    store: vaultStore,
    dependents: ['component:default/reviews-api'],
    remediationLinks: [
      {
        url: `https://wiki.example.com/rotate/${name}`,
        title: 'Rotate it',
        type: 'rotation-guide',
      },
    ],
    compliance: {
      entityRef,
      compliant: !findings.some(f => f.severity === 'error'),
      findings,
      skippedRules: [],
    },
    ...overrides,
  };
}

export function makeReview(items: SecretReviewItem[]): SecretsReviewResponse {
  return {
    items,
    summary: summarizeSecrets(items),
    generatedAt: '2025-05-01T10:00:00.000Z',
  };
}

/** `count` secrets across 7 owners, 13 systems and both stores; every 5th is non-compliant. */
export function makeManySecrets(count: number): SecretReviewItem[] {
  return Array.from({ length: count }, (_, i) =>
    makeSecret(
      `secret-${String(i).padStart(5, '0')}`,
      {
        owner: `group:default/team-${i % 7}`,
        system: `system:default/system-${i % 13}`,
        store: i % 3 === 0 ? laptopStore : vaultStore,
        dependents: i % 11 === 0 ? [] : ['component:default/api'],
      },
      i % 5 === 0 ? [finding()] : [],
    ),
  );
}

/** A rotation-overdue finding in the Vault store, unless overridden. */
export const driftFinding = (
  overrides: Partial<DriftFinding> = {},
): DriftFinding => ({
  kind: 'rotation-overdue',
  severity: 'error',
  store: vaultStore.entityRef,
  secret: 'resource:default/reviews-api-key',
  item: 'prod/reviews/reviews-api-key',
  evidence: 'Last rotated 2025-01-02, 119 days ago; the period is 90 days.',
  fix: 'Rotate the secret, or lengthen stagecraft.io/rotation-period.',
  ...overrides,
});

/** An item in the Vault store that no secret names. */
export const shadowFinding = (): DriftFinding =>
  driftFinding({
    kind: 'shadow',
    severity: 'warning',
    secret: undefined,
    item: 'prod/legacy/ftp-password',
    evidence: 'The store holds prod/legacy/ftp-password; no secret names it.',
    fix: 'Add a secret for it to the catalog, or delete it from the store.',
  });

export const acmStoreRef = 'resource:default/aws-acm-prod';

/** A certificate in the ACM store about to expire. */
export const expiringFinding = (): DriftFinding =>
  driftFinding({
    store: acmStoreRef,
    kind: 'expiring',
    severity: 'warning',
    secret: 'resource:default/api-certificate',
    item: 'us-east-1/api.example.com',
    evidence: 'Expires 2025-05-20, in 19 days.',
    fix: 'Renew the certificate.',
  });

/** The Vault store read without trouble from a simulated stand-in, unless overridden. */
export const storeDrift = (
  overrides: Partial<StoreDrift> = {},
): StoreDrift => ({
  store: vaultStore.entityRef,
  provider: 'hashicorp-vault',
  simulated: true,
  status: 'ok',
  checkedAt: '2025-05-01T10:00:00.000Z',
  lastGoodAt: '2025-05-01T10:00:00.000Z',
  items: 430,
  itemsInCatalog: 412,
  findings: [driftFinding()],
  ...overrides,
});

const refKey = (ref: CompoundEntityRef) => stringifyEntityRef(ref);

/**
 * An in-memory SecretsApi: the HTTP boundary of the components. Errors are
 * the same `ResponseError`s the real client throws.
 */
export class FakeSecretsApi implements SecretsApi {
  calls: string[] = [];
  /** The queries of `getReview`, in order. */
  reviewQueries: SecretsReviewQuery[] = [];

  constructor(
    private readonly options: {
      review?: SecretsReviewResponse;
      secrets?: Record<string, SecretReviewItem>;
      secretsOfEntity?: Record<string, SecretReviewItem[]>;
      drift?: SecretsDriftResponse;
      driftTrend?: DriftTrendResponse;
      /** By entity ref; an entity without one answers 404. */
      entityDrift?: Record<string, EntityDriftResponse>;
      status?: number;
      /** The status the trend alone fails with, as when its route is missing. */
      driftTrendStatus?: number;
    },
  ) {}

  /** The review's page as the backend answers it, with the shared paging rules. */
  async getReview(query: SecretsReviewQuery = {}): Promise<SecretsReviewPage> {
    this.calls.push('getReview');
    this.reviewQueries.push(query);
    const { review, rows } = await this.reviewRows(query);
    return {
      ...pageOfReview(rows, {
        offset: query.offset ?? 0,
        limit: query.limit ?? DEFAULT_REVIEW_LIMIT,
      }),
      ...reviewFacets(
        review.items.map(item => ({ item, storeRef: item.store?.entityRef })),
      ),
      generatedAt: review.generatedAt,
    };
  }

  async getReviewCsv(query: SecretsReviewQuery = {}) {
    this.calls.push('getReviewCsv');
    const { rows } = await this.reviewRows(query);
    return secretsToCsv(rows.map(row => row.item));
  }

  /** The rows the query's filters match, in its order. */
  private async reviewRows(query: SecretsReviewQuery) {
    await this.failIfAsked();
    const review = this.options.review;
    if (!review) {
      throw await errorResponse(404);
    }
    const order = Array.from(
      reviewSortOrder(review.items, query.sort ?? 'ref'),
    );
    if (query.order === 'desc') order.reverse();
    const words = searchWords(query.search);
    const rows = order
      .map(i => review.items[i])
      .map(item => ({
        item,
        text: reviewSearchText(item),
        storeText: reviewStoreSearchText(item),
        storeRef: item.store?.entityRef,
      }))
      .filter(row => matchesReviewFilters(row, query, words));
    return { review, rows };
  }

  getSecret(ref: CompoundEntityRef) {
    return this.answer(
      `getSecret ${refKey(ref)}`,
      this.options.secrets?.[refKey(ref)],
    );
  }

  getSecretsOfEntity(ref: CompoundEntityRef) {
    return this.answer(
      `getSecretsOfEntity ${refKey(ref)}`,
      this.options.secretsOfEntity?.[refKey(ref)] ?? [],
    );
  }

  getDrift() {
    return this.answer('getDrift', this.options.drift);
  }

  async getDriftTrend(days: number) {
    this.calls.push(`getDriftTrend ${days}`);
    await this.failIfAsked();
    if (this.options.driftTrendStatus) {
      throw await errorResponse(this.options.driftTrendStatus);
    }
    return this.options.driftTrend ?? { days: [] };
  }

  getEntityDrift(ref: CompoundEntityRef) {
    return this.answer(
      `getEntityDrift ${refKey(ref)}`,
      this.options.entityDrift?.[refKey(ref)],
    );
  }

  /** Records `call`, then answers as the backend: the set failure, else `value`, else 404. */
  private async answer<T>(call: string, value: T | undefined): Promise<T> {
    this.calls.push(call);
    await this.failIfAsked();
    if (value === undefined) {
      throw await errorResponse(404);
    }
    return value;
  }

  private async failIfAsked() {
    if (this.options.status) {
      throw await errorResponse(this.options.status);
    }
  }
}

/** A secrets API answering `secrets` as the secrets of the entity `entityRef`. */
export const servingSecretsOf = (
  entityRef: string,
  secrets: SecretReviewItem[],
) => new FakeSecretsApi({ secretsOfEntity: { [entityRef]: secrets } });

/** A secrets API answering the Vault store's page with `storeDrift(overrides)`. */
export const servingVaultStore = (overrides: Partial<StoreDrift> = {}) =>
  new FakeSecretsApi({
    entityDrift: { [vaultStore.entityRef]: { store: storeDrift(overrides) } },
  });

const MESSAGES: Record<number, [string, string]> = {
  403: ['NotAllowedError', 'You are not allowed to read the secrets review'],
  404: ['NotFoundError', 'Not found'],
  500: ['Error', 'The catalog did not answer'],
};

export async function errorResponse(status: number): Promise<ResponseError> {
  const [name, message] = MESSAGES[status] ?? ['Error', `HTTP ${status}`];
  return ResponseError.fromResponse({
    ok: false,
    status,
    statusText: name,
    url: 'http://localhost:7007/api/secrets/secrets',
    headers: new Headers({ 'content-type': 'application/json' }),
    text: async () =>
      JSON.stringify({
        error: { name, message },
        request: { method: 'GET', url: '/api/secrets/secrets' },
        response: { statusCode: status },
      }),
  } as unknown as Response);
}

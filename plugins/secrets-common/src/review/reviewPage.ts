import type {
  SecretReviewItem,
  SecretStoreSummary,
  SecretsSummary,
} from '../review';

/** One choice of a store, owner or system filter, with how many readable secrets have it. */
export type ReviewFacet = {
  /** The entity ref, or `none`. */
  value: string;
  count: number;
};

/**
 * Response of `GET /api/secrets/secrets`: one page of the review, with the
 * totals and summary of every secret the filters match among those the
 * caller may read in the catalog.
 */
export type SecretsReviewPage = {
  /** The page's rows, at most `limit`, from `offset`. */
  items: SecretReviewItem[];
  offset: number;
  limit: number;
  /** Secrets the filters match. */
  total: number;
  /** Secrets the caller may read, unfiltered. */
  unfilteredTotal: number;
  /** The counts of the secrets the filters match. */
  summary: SecretsSummary;
  /** The choices of the store, owner and system filters, over every readable secret. */
  facets: {
    stores: ReviewFacet[];
    owners: ReviewFacet[];
    systems: ReviewFacet[];
  };
  /** The stores the facets and summary name, for their labels and approval. */
  stores: SecretStoreSummary[];
  /** ISO time the compliance was computed from the catalog. */
  generatedAt: string;
};

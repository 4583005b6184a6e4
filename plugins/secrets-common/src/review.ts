import type { SecretCompliance } from './types';

/** A link a reviewer follows when a secret leaks or must be rotated. */
export type RemediationLink = {
  url: string;
  title?: string;
  /** `rotation-guide` or `incident-response`. */
  type: string;
};

/** The store a secret is kept in, as the review pages show it. */
export type SecretStoreSummary = {
  entityRef: string;
  name: string;
  title?: string;
  /** Value of `stagecraft.io/store-provider`, when the store declares one. */
  provider?: string;
  /** Whether the provider is in `stagecraft.secrets.approvedStoreProviders`. */
  approved: boolean;
};

/** One row of the Secrets review page; never carries a secret value. */
export type SecretReviewItem = {
  entityRef: string;
  name: string;
  namespace: string;
  title?: string;
  description?: string;
  /** `stagecraft.io/secret-kind`, e.g. `api-key`. */
  secretKind?: string;
  /** `stagecraft.io/secret-path`: where the value lives inside the store. */
  secretPath?: string;
  rotationPeriod?: string;
  lifecycle?: string;
  owner?: string;
  system?: string;
  /** Undefined when the secret names no store or its store is not in the catalog. */
  store?: SecretStoreSummary;
  /** Refs of the components, systems and resources that depend on the secret. */
  dependents: string[];
  remediationLinks: RemediationLink[];
  compliance: SecretCompliance;
};

/** Counts shown at the top of the Secrets review page. */
export type SecretsSummary = {
  total: number;
  compliant: number;
  nonCompliant: number;
  /** Secrets with no dependent and no system. */
  orphaned: number;
  /** Secrets without a rotation-guide or incident-response link. */
  noRemediationDocs: number;
  /** Per store entity ref (or `none`): how many secrets, how many non-compliant. */
  byStore: Record<string, { total: number; nonCompliant: number }>;
};

/** Response of `GET /api/secrets/secrets`. */
export type SecretsReviewResponse = {
  items: SecretReviewItem[];
  summary: SecretsSummary;
  /** ISO time the compliance was computed. */
  generatedAt: string;
};

import type { SecretCompliance } from './types';

/** A link a reviewer follows when a secret leaks or must be rotated. */
export type RemediationLink = {
  url: string;
  title?: string;
  /**
   * The link's type (`rotation-guide`, `incident-response`, `runbook`…); for
   * a link without one, `rotation-guide` or `incident-response` as guessed
   * from its title or URL.
   */
  type: string;
  /** What it was recognised from: its `type`, else its `title` or `url`. */
  recognisedBy?: 'type' | 'title' | 'url';
};

/** The store a secret is kept in, as the review pages show it. */
export type SecretStoreSummary = {
  entityRef: string;
  name: string;
  title?: string;
  /** Value of `stagecraft.io/store-provider`, else the provider inferred from the store's name or title. */
  provider?: string;
  /** Where `provider` was read from. */
  providerSource?: 'annotation' | 'name' | 'title';
  /** Whether secrets may be kept there (`approval` is `approved`). */
  approved: boolean;
  /**
   * `approved`; `unsafe` (a laptop, chat, email, shared drive, spreadsheet…);
   * `not-approved` (a known provider that is not approved); `unknown` (the
   * provider cannot be determined: a warning, not an error).
   */
  approval?: 'approved' | 'unsafe' | 'not-approved' | 'unknown';
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
  /** Secrets without a remediation link to a portal page or an https URL. */
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

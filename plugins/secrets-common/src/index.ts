/**
 * Shared secret rules for Stagecraft: leak detection in catalog entities and
 * compliance rules for secrets and secret stores.
 *
 * @packageDocumentation
 */

export * from './types';
export * from './secretTypes';
export * from './remediationLinkTypes';
export * from './storeProviders';
// The shared names the secret rules read, exported here too as they were before they moved.
export {
  ANNOTATION_ROTATION_PERIOD,
  ANNOTATION_SECRET_KIND,
  ANNOTATION_SECRET_PATH,
  ANNOTATION_STORE_PROVIDER,
  RELATION_STORED_IN,
  RELATION_STORES,
} from '@stagecraft/catalog-conventions-common';
export * from './leaks';
export * from './rules';
export {
  DEFAULT_SECRETS_RULES_CONFIG,
  DEFAULT_SEVERITIES,
  DEFAULT_STORE_PROVIDER_PATTERNS,
  DEFAULT_UNSAFE_STORE_PATTERNS,
  severityOf,
} from './config/defaults';
export { readSecretsRulesConfig } from './config/readSecretsRulesConfig';
export * from './review';
export type {
  DriftFinding,
  DriftKind,
  DriftTrendPoint,
  DriftTrendResponse,
  EntityDriftResponse,
  SecretRotationStatus,
  SecretsDriftResponse,
  StoreDrift,
} from './drift';
export { DRIFT_KIND_LABELS, DRIFT_KINDS, isDriftKind } from './driftKinds';
export { buildSecretReviewItem } from './review/buildSecretReviewItem';
export {
  DEFAULT_REVIEW_LIMIT,
  MAX_REVIEW_LIMIT,
  parseReviewQuery,
  REVIEW_FILTER_NONE,
  REVIEW_QUERY_PARAMS,
  REVIEW_SORT_KEYS,
  REVIEW_STATUS_FILTER_LABELS,
  REVIEW_STATUS_FILTERS,
  reviewQueryString,
} from './review/reviewQuery';
export type {
  ParsedReviewQuery,
  ReviewFilters,
  ReviewSortKey,
  ReviewStatusFilter,
  SecretsReviewQuery,
} from './review/reviewQuery';
export {
  matchesReviewFilters,
  matchesReviewStatus,
  REVIEW_SORT_VALUES,
  reviewSearchText,
  reviewSortOrder,
  reviewStoreSearchText,
  searchWords,
} from './review/reviewRows';
export type { ReviewFacet, SecretsReviewPage } from './review/reviewPage';
export { pageOfReview, reviewFacets } from './review/pageOfReview';
export type { VisibleReviewRow } from './review/pageOfReview';
export * from './permissions';
export * from './reviewSummary';
export * from './reviewCsv';
export { driftToCsv } from './driftCsv';
export {
  SECRETS_DRIFT_SIGNAL_CHANNEL,
  SECRETS_NOTIFICATION_TOPICS,
} from './notifications';
export type { NotifiedDriftKind, SecretsDriftSignal } from './notifications';
export * from './routes';
export { rotationPeriodDays } from './rotation/rotationPeriod';

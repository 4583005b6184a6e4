/**
 * Stagecraft secrets backend: secret compliance computed from the live
 * catalog, served as JSON and CSV.
 *
 * @packageDocumentation
 */

export { secretsPlugin as default } from './plugin';
export { SecretsReviewService } from './service/SecretsReviewService';
export type {
  CachedSecretsReview,
  SecretsReviewServiceOptions,
} from './service/SecretsReviewService';

// What bench/secrets times. Not a stable API.
export { buildSecretsReview } from './service/buildSecretsReview';
export type { SecretsReview } from './service/buildSecretsReview';

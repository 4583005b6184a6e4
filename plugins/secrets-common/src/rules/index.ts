export { evaluateSecret, evaluateSecrets } from './evaluateSecret';
export {
  buildSecretsCatalogView,
  secretsCatalogViewBuilder,
} from './catalogView';
export { declaredStoreRef } from './resolveStore';
export type {
  SecretsCatalogView,
  SecretsCatalogViewBuilder,
} from './catalogView';
export { SECRET_RULES } from './secretRules';
export type { SecretRule, RuleContext, RuleViolation } from './types';
export {
  MIN_DESCRIPTION_LENGTH,
  MIN_DESCRIPTION_WORDS,
} from './descriptionRule';
export { findRemediationLinks } from './remediationLinks';
export type {
  RecognisedRemediationLink,
  RemediationEvidence,
} from './remediationLinks';
export { judgeStore } from './storeApproval';
export type { StoreApproval, ProviderSource } from './storeApproval';
export { safeEntityName, secretLookingName } from './safeEntityName';

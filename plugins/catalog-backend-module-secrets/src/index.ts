/**
 * Catalog backend module for Stagecraft secrets: refuses entities that
 * contain secret values before the catalog stores them, and draws
 * storedIn/stores relations between secrets and their stores.
 *
 * @packageDocumentation
 */

export { catalogModuleSecrets as default } from './module';
export {
  createLeakGuardParser,
  defaultEntityDataParser,
} from './leakGuard/createLeakGuardParser';
export { SecretLeakGuardProcessor } from './leakGuard/SecretLeakGuardProcessor';
export { ResolvedValuesLeakGuardProcessor } from './leakGuard/ResolvedValuesLeakGuardProcessor';
export { valueFreePlaceholderResolvers } from './placeholders/valueFreePlaceholderResolvers';
export {
  findLocationCredentials,
  redactLocationTarget,
} from './locations/locationCredentials';
export { ANNOTATION_LEAK_REPORT } from './leakGuard/annotations';
export { SecretStoreRelationsProcessor } from './relations/SecretStoreRelationsProcessor';

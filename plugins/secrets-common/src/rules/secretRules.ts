import { approvedStoreRule } from './approvedStoreRule';
import { dependentsRule } from './dependentsRule';
import { descriptionRule } from './descriptionRule';
import { ownerRule } from './ownerRule';
import { remediationDocsRule } from './remediationDocsRule';
import { storeRule } from './storeRule';
import { SecretRule } from './types';
import { uniqueNameRule } from './uniqueNameRule';

/** Every secret rule, in the order findings are reported. */
export const SECRET_RULES: readonly SecretRule[] = [
  uniqueNameRule,
  descriptionRule,
  ownerRule,
  storeRule,
  approvedStoreRule,
  dependentsRule,
  remediationDocsRule,
];

import { Entity } from '@backstage/catalog-model';
import { ANNOTATION_STORE_PROVIDER } from '@stagecraft/catalog-conventions-common';
import { resolveStore } from './resolveStore';
import { judgeStore, ProviderSource } from './storeApproval';
import { RuleContext, RuleViolation, SecretRule } from './types';

const field = 'spec.dependsOn';

const FROM: Record<ProviderSource, string> = {
  annotation: `its ${ANNOTATION_STORE_PROVIDER} annotation`,
  name: 'its name',
  title: 'its title',
};

function check(
  secret: Entity,
  { catalog, config }: RuleContext,
): RuleViolation[] {
  const { resolution } = resolveStore(secret, catalog);
  // An unresolved store is the store rule's finding; nothing to judge here.
  if (resolution.status !== 'resolved') {
    return [];
  }
  const { ref, store } = resolution;
  const approved = config.approvedStoreProviders.join(', ');
  const move = `Move the secret to a store with an approved provider (${approved}), rotate it, and point spec.dependsOn at that store.`;
  const approval = judgeStore(store, config);

  switch (approval.verdict) {
    case 'approved':
      return [];
    case 'unsafe':
      return [
        {
          field,
          message: `The secret is kept in ${ref}, whose ${
            approval.where === 'annotation' ? 'provider' : approval.where
          } "${
            approval.matched
          }" names a place that is not safe for secrets (matches "${
            approval.pattern
          }"; laptops, personal machines, chat, email, shared drives and spreadsheets never are).`,
          fix: move,
        },
      ];
    case 'not-approved':
      return [
        {
          field,
          message: `The secret is kept in ${ref}, whose provider "${
            approval.provider
          }"${
            approval.providerSource === 'annotation'
              ? ''
              : ` (from ${FROM[approval.providerSource]})`
          } is not an approved secret store provider (approved: ${approved}).`,
          fix: move,
        },
      ];
    default:
      return [
        {
          field,
          maxSeverity: 'warning',
          message: `The secret's store ${ref} is not known to be approved: it has no ${ANNOTATION_STORE_PROVIDER} annotation, and its name and title name no known provider.`,
          fix: `Set ${ANNOTATION_STORE_PROVIDER} on ${ref} to its provider (approved: ${approved}), or list the store in stagecraft.secrets.approvedStores.`,
        },
      ];
  }
}

export const approvedStoreRule: SecretRule = {
  id: 'approved-store',
  severity: 'error',
  description:
    'The store the secret depends on is approved: listed in stagecraft.secrets.approvedStores, named like stagecraft.secrets.approvedStoreNamePatterns, or of a provider in stagecraft.secrets.approvedStoreProviders (from its stagecraft.io/store-provider annotation, else inferred from its name or title). A store named like a known-unsafe place (laptop, chat, email, shared drive, spreadsheet) is an error; a store whose provider cannot be determined is a warning. Not reported when the store cannot be resolved; the store rule reports that.',
  needsCatalog: true,
  check,
};

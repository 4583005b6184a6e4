import { Entity } from '@backstage/catalog-model';
import { ANNOTATION_STORE_PROVIDER } from '../model';
import { resolveStore } from './resolveStore';
import { RuleContext, RuleViolation, SecretRule } from './types';

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
  const provider =
    store.metadata.annotations?.[ANNOTATION_STORE_PROVIDER]?.trim();

  if (!provider) {
    return [
      {
        field: 'spec.dependsOn',
        message: `The secret's store ${ref} has no ${ANNOTATION_STORE_PROVIDER} annotation, so it cannot be checked against the approved providers.`,
        fix: `Set ${ANNOTATION_STORE_PROVIDER} on ${ref} to its provider (approved: ${approved}).`,
      },
    ];
  }
  const isApproved = config.approvedStoreProviders.some(
    p => p.toLocaleLowerCase('en-US') === provider.toLocaleLowerCase('en-US'),
  );
  if (isApproved) {
    return [];
  }
  return [
    {
      field: 'spec.dependsOn',
      message: `The secret is kept in ${ref}, whose provider "${provider}" is not an approved secret store provider (approved: ${approved}).`,
      fix: `Move the secret to a store with an approved provider (${approved}), rotate it, and point spec.dependsOn at that store.`,
    },
  ];
}

export const approvedStoreRule: SecretRule = {
  id: 'approved-store',
  description:
    'The store the secret depends on has a stagecraft.io/store-provider annotation listed in stagecraft.secrets.approvedStoreProviders (case-insensitive). Not reported when the store cannot be resolved; the store rule reports that.',
  needsCatalog: true,
  check,
};

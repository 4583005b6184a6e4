import { Entity } from '@backstage/catalog-model';
import { entityRefOf, refKey } from './refs';
import { RuleContext, RuleViolation, SecretRule } from './types';

function check(secret: Entity, { catalog }: RuleContext): RuleViolation[] {
  const name = secret.metadata?.name;
  if (!catalog || typeof name !== 'string') {
    return [];
  }
  const self = refKey(secret);
  const others = catalog
    .getSecretsByName(name)
    .filter(other => refKey(other) !== self)
    .map(entityRefOf);
  if (others.length === 0) {
    return [];
  }
  return [
    {
      field: 'metadata.name',
      message: `The secret name "${name}" is also used by ${others.join(
        ', ',
      )}; secret names must be unique across namespaces.`,
      fix: 'Rename the secrets so each name is unique, e.g. by prefixing the system or environment (reviews-prod-db-password).',
    },
  ];
}

export const uniqueNameRule: SecretRule = {
  id: 'unique-name',
  severity: 'error',
  description:
    'metadata.name is unique among all secrets in all namespaces, compared case-insensitively. Every duplicate is reported, naming the others.',
  needsCatalog: true,
  check,
};

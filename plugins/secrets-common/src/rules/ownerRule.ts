import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { isKind, parseOwner } from './refs';
import { RuleContext, RuleViolation, SecretRule } from './types';

const field = 'spec.owner';

function check(secret: Entity, { catalog }: RuleContext): RuleViolation[] {
  const owner = parseOwner(secret);
  if (!owner) {
    return [
      {
        field,
        message: 'The secret has no valid spec.owner.',
        fix: 'Set spec.owner to the team that owns the secret, e.g. group:default/reviews-team.',
      },
    ];
  }
  const ref = stringifyEntityRef(owner);
  const entity = catalog?.getEntity(owner);
  if (!entity) {
    return [
      {
        field,
        message: `The secret's owner ${ref} is not in the catalog.`,
        fix: `Point spec.owner at an existing Group, or register ${ref}.`,
      },
    ];
  }
  if (!isKind(entity, 'group')) {
    return [
      {
        field,
        message: `The secret's owner ${ref} is a ${entity.kind}, not a Group; secrets are owned by teams.`,
        fix: 'Set spec.owner to the Group (team) responsible for the secret.',
      },
    ];
  }
  return [];
}

export const ownerRule: SecretRule = {
  id: 'owner',
  severity: 'error',
  description:
    "spec.owner (kind defaults to group, namespace to the secret's) resolves to a Group in the catalog.",
  needsCatalog: true,
  check,
};

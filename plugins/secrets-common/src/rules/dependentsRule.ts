import { Entity } from '@backstage/catalog-model';
import { SecretsCatalogView } from './catalogView';
import { entityRefOf, isKind } from './refs';
import { RuleContext, RuleViolation, SecretRule } from './types';

function hasSystem(secret: Entity): boolean {
  const system = secret.spec?.system;
  return typeof system === 'string' && system.trim() !== '';
}

/** Every entity whose `spec.dependsOn` names the secret, of any kind. */
export function dependentsOf(
  secret: Entity,
  catalog: SecretsCatalogView,
): Entity[] {
  return catalog.getDependents(entityRefOf(secret));
}

function check(secret: Entity, { catalog }: RuleContext): RuleViolation[] {
  if (!catalog || hasSystem(secret)) {
    return [];
  }
  const users = dependentsOf(secret, catalog).filter(
    entity => isKind(entity, 'component') || isKind(entity, 'system'),
  );
  if (users.length > 0) {
    return [];
  }
  return [
    {
      field: 'spec.system',
      message:
        'Nothing uses this secret: no Component or System lists it in spec.dependsOn, and it has no spec.system.',
      fix: 'Add the secret to spec.dependsOn of the components that use it (or set spec.system); if nothing uses it, revoke it and delete the entity.',
    },
  ];
}

export const dependentsRule: SecretRule = {
  id: 'dependents',
  severity: 'warning',
  description:
    'Some Component or System lists the secret in spec.dependsOn, or the secret has spec.system. Resources and other kinds that depend on it do not count.',
  needsCatalog: true,
  check,
};

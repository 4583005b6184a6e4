import { Entity } from '@backstage/catalog-model';
import { SECRET_STORE_TYPE } from '../secretTypes';
import { resolveStore } from './resolveStore';
import { RuleContext, RuleViolation, SecretRule } from './types';

const field = 'spec.dependsOn';
const EXAMPLE = 'resource:default/aws-secrets-manager-prod';

function check(secret: Entity, { catalog }: RuleContext): RuleViolation[] {
  const { resolution, invalidEntries } = resolveStore(secret, catalog);
  const violations: RuleViolation[] = invalidEntries.map(entry => ({
    field,
    message: `The spec.dependsOn entry ${entry} has no kind, so the catalog cannot resolve it.`,
    fix: `Write the entry as a full entity ref such as resource:${entry.replace(
      /^"|"$/g,
      '',
    )}.`,
  }));

  switch (resolution.status) {
    case 'none':
      violations.push({
        field,
        message:
          'The secret does not say where it is stored: spec.dependsOn has no resource: entry.',
        fix: `Add its secret store to spec.dependsOn, e.g. ${EXAMPLE}.`,
      });
      break;
    case 'several':
      violations.push({
        field,
        message: `The secret depends on ${
          resolution.refs.length
        } resources (${resolution.refs.join(
          ', ',
        )}); it must depend on exactly one, its secret store.`,
        fix: 'Keep only the secret store in spec.dependsOn; model other relationships on the entities that use the secret.',
      });
      break;
    case 'not-found':
      violations.push({
        field,
        message: `The secret's store ${resolution.ref} is not in the catalog.`,
        fix: `Register ${resolution.ref} as a Resource with spec.type ${SECRET_STORE_TYPE}, or fix the ref in spec.dependsOn.`,
      });
      break;
    case 'not-a-store':
      violations.push({
        field,
        message: `The secret depends on ${resolution.ref}, which is a ${
          resolution.store.kind
        } of type ${String(
          resolution.store.spec?.type ?? 'unknown',
        )}, not a ${SECRET_STORE_TYPE}.`,
        fix: `Point spec.dependsOn at the Resource of type ${SECRET_STORE_TYPE} that holds this secret.`,
      });
      break;
    default:
      break;
  }
  return violations;
}

export const storeRule: SecretRule = {
  id: 'store',
  severity: 'error',
  description:
    'spec.dependsOn holds exactly one resource: entry (entries of other kinds are ignored; every entry must carry a kind). With the catalog, that resource must exist and be a Resource of type secret-store. Without it, only the first part is checked.',
  needsCatalog: false,
  check,
};

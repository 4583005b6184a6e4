import {
  Entity,
  parseEntityRef,
  RELATION_DEPENDS_ON,
} from '@backstage/catalog-model';
import { InfoCard, ResponseErrorPanel } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useSecretsApiFor } from '../../hooks/useSecretsApiFor';
import { SecretListTable } from '../shared';

const isResourceRef = (ref: string) => {
  try {
    return parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'resource';
  } catch {
    return false;
  }
};

/**
 * Whether the entity depends on any Resource: only then can it depend on a
 * secret. Which of those resources are secrets only the backend knows.
 */
export function dependsOnAnyResource(entity: Entity): boolean {
  const fromRelations = (entity.relations ?? []).some(
    r => r.type === RELATION_DEPENDS_ON && isResourceRef(r.targetRef),
  );
  const declared = entity.spec?.dependsOn;
  const fromSpec =
    Array.isArray(declared) &&
    declared.some(ref => typeof ref === 'string' && isResourceRef(ref));
  return fromRelations || fromSpec;
}

const DependsOnSecrets = ({
  entity,
  title,
}: {
  entity: Entity;
  title: string;
}) => {
  const { value, error } = useSecretsApiFor(entity, (api, ref) =>
    api.getSecretsOfEntity(ref),
  );
  if (error) {
    return (
      <InfoCard title={title}>
        <ResponseErrorPanel
          error={error}
          title="Could not load the secrets this entity uses"
        />
      </InfoCard>
    );
  }
  if (!value || value.length === 0) {
    return null;
  }
  return <SecretListTable title={title} items={value} secondColumn="store" />;
};

/**
 * For any entity: the secrets it depends on, with their compliance. Renders
 * nothing while loading and when the entity depends on no secret, so it can sit
 * on every page.
 */
export const EntityDependsOnSecretsCard = (props: { title?: string }) => {
  const { entity } = useEntity();
  if (!dependsOnAnyResource(entity)) {
    return null;
  }
  return (
    <DependsOnSecrets entity={entity} title={props.title ?? 'Secrets used'} />
  );
};

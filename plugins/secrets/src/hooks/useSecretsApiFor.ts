import {
  CompoundEntityRef,
  Entity,
  getCompoundEntityRef,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { SecretsApi, secretsApiRef } from '../api';

/** Asks the secrets API about `entity` with `load`, and again whenever the entity changes. */
export function useSecretsApiFor<T>(
  entity: Entity,
  load: (secretsApi: SecretsApi, entityRef: CompoundEntityRef) => Promise<T>,
) {
  const secretsApi = useApi(secretsApiRef);
  const entityRef = getCompoundEntityRef(entity);
  return useAsync(
    () => load(secretsApi, entityRef),
    [secretsApi, entityRef.kind, entityRef.namespace, entityRef.name],
  );
}

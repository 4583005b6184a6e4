import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import { useSecretsApiFor } from './useSecretsApiFor';

const isNotFound = (error: Error) =>
  error instanceof ResponseError && error.statusCode === 404;

/**
 * What the stores report of `entity`. A 404 is no error: the entity's store has not
 * been reconciled with the catalog yet, so there is no value.
 */
export function useEntityDrift(entity: Entity) {
  const { value, loading, error } = useSecretsApiFor(entity, (api, ref) =>
    api.getEntityDrift(ref),
  );
  return {
    value,
    loading,
    error: error && !isNotFound(error) ? error : undefined,
  };
}

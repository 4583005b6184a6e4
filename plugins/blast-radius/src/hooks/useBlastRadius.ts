import { useApi } from '@backstage/core-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import { BlastRadiusQuery } from '@stagecraft/plugin-blast-radius-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { blastRadiusApiRef } from '../api';

/** Fetches the blast radius again whenever the entity or the query changes. */
export function useBlastRadius(
  entityRef: CompoundEntityRef,
  query: BlastRadiusQuery,
) {
  const api = useApi(blastRadiusApiRef);
  const { kind, namespace, name } = entityRef;
  const key = JSON.stringify([kind, namespace, name, query]);
  return useAsyncRetry(
    () => api.getBlastRadius({ kind, namespace, name }, query),
    // The key covers every input.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, key],
  );
}

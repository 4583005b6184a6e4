import { stringifyEntityRef } from '@backstage/catalog-model';
import { identityApiRef, useApi } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { useEffect, useState } from 'react';

export type MyTeams =
  | { loading: true }
  | { loading: false; teamRefs: string[] };

/**
 * The refs of the groups the signed-in user is a member of, as "My Groups" in the sidebar
 * finds them. None for a user the catalog does not know, such as the guest.
 */
export function useMyTeams(): MyTeams {
  const identityApi = useApi(identityApiRef);
  const catalogApi = useApi(catalogApiRef);
  const [teams, setTeams] = useState<MyTeams>({ loading: true });

  useEffect(() => {
    let current = true;
    (async () => {
      const { userEntityRef } = await identityApi.getBackstageIdentity();
      const { items } = await catalogApi.getEntities({
        filter: { kind: 'group', 'relations.hasMember': userEntityRef },
        fields: ['kind', 'metadata.namespace', 'metadata.name'],
      });
      return items.map(group => stringifyEntityRef(group));
    })().then(
      teamRefs => current && setTeams({ loading: false, teamRefs }),
      // Not knowing the user's teams, the graph offers its chooser; the chooser's own
      // catalog request shows what went wrong if the catalog is unreachable.
      () => current && setTeams({ loading: false, teamRefs: [] }),
    );
    return () => {
      current = false;
    };
  }, [identityApi, catalogApi]);

  return teams;
}

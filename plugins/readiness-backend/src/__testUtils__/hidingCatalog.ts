import { mockServices } from '@backstage/backend-test-utils';
import { parseEntityRef } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { hideRestrictedFromUsers } from '@internal/stagecraft-test-utils';

/**
 * What hiding needs, over a catalog of bare entities: users may read those in `readable` but
 * not those in `restricted`; the plugin's own credentials read both.
 */
export function hidingCatalog(entityRefs: {
  readable: string[];
  restricted: string[];
}) {
  const entity = (ref: string, restricted: boolean) => {
    const { kind, namespace, name } = parseEntityRef(ref);
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: {
        name,
        namespace,
        ...(restricted ? { labels: { restricted: 'true' } } : {}),
      },
      spec: {},
    };
  };
  return {
    catalog: hideRestrictedFromUsers(
      catalogServiceMock({
        entities: [
          ...entityRefs.readable.map(ref => entity(ref, false)),
          ...entityRefs.restricted.map(ref => entity(ref, true)),
        ],
      }),
    ),
    auth: mockServices.auth(),
  };
}

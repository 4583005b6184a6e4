import { Entity } from '@backstage/catalog-model';
import { catalogEntity } from '@internal/stagecraft-test-utils';

/** The `web` service of team-a, with `spec` added to its spec: what the leak-guard processors see. */
export function webComponent(spec: object = {}): Entity {
  return catalogEntity('Component', 'web', {
    type: 'service',
    owner: 'team-a',
    ...spec,
  });
}

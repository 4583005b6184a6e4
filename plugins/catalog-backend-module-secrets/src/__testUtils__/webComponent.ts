import { Entity } from '@backstage/catalog-model';

/** The `web` service of team-a, with `spec` added to its spec: what the leak-guard processors see. */
export function webComponent(spec: object = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'web' },
    spec: { type: 'service', owner: 'team-a', ...spec },
  };
}

import { Entity } from '@backstage/catalog-model';

/** A small org for the graph's tests: two teams, a system and a domain. */
export function team(name: string, members: string[] = []): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default', description: `The ${name}` },
    spec: { type: 'team', children: [] },
    relations: members.map(targetRef => ({ type: 'hasMember', targetRef })),
  };
}

export function system(name: string, title: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name, namespace: 'default', title },
    spec: { owner: 'group:default/reviews-team' },
  };
}

export function domain(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: { name, namespace: 'default' },
    spec: { owner: 'group:default/reviews-team' },
  };
}

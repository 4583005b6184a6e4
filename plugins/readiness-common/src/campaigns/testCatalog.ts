import { Entity } from '@backstage/catalog-model';
import { lambda } from '../__testUtils__/entities';

/** A department (commerce) with two teams, one of which has a sub-team; and another group. */
export function group(
  name: string,
  parent?: string,
  useRelations = false,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name },
    spec: {
      type: 'team',
      children: [],
      ...(parent && !useRelations ? { parent } : {}),
    },
    ...(parent && useRelations
      ? {
          relations: [
            { type: 'childOf', targetRef: `group:default/${parent}` },
          ],
        }
      : {}),
  };
}

export const groups = [
  group('commerce'),
  group('checkout-team', 'commerce'),
  // Known only from the catalog's relations, as the catalog backend serves it.
  group('payments-team', 'commerce', true),
  group('fraud-squad', 'payments-team'),
  group('marketing'),
];

export const system: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'shop' },
  spec: { owner: 'group:default/commerce', domain: 'retail' },
};

export const services = [
  lambda('cart', { owner: 'group:default/checkout-team', system: 'shop' }),
  lambda('pay', {
    owner: 'group:default/payments-team',
    system: 'shop',
    annotations: { 'stagecraft.io/last-load-test': '2026-11-02' },
  }),
  lambda('score', {
    owner: 'group:default/fraud-squad',
    system: 'shop',
    links: [
      {
        url: 'https://wiki.example.com/runbooks/score',
        title: 'Runbook',
        type: 'runbook',
      },
      {
        url: 'https://k6.example.com/runs/7',
        title: 'Load test 2026-11-05',
        type: 'load-test',
      },
    ],
  }),
  lambda('banner', { owner: 'group:default/marketing' }),
  lambda('old-cart', {
    owner: 'group:default/checkout-team',
    system: 'shop',
    lifecycle: 'deprecated',
  }),
];

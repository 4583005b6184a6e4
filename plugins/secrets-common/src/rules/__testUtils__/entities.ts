// eslint-disable-next-line @backstage/no-mixed-plugin-imports -- test entities from the shared harness
import { catalogEntity } from '@internal/stagecraft-test-utils';
import { Entity } from '@backstage/catalog-model';

type Overrides = {
  namespace?: string;
  description?: string;
  title?: string;
  annotations?: Record<string, string>;
  links?: Array<{ url: string; title?: string; type?: string }>;
  spec?: Record<string, unknown>;
};

/** A Resource entity of `type`, in production; the builders below start from it. */
export function resource(
  name: string,
  type: string,
  o: Overrides,
  spec: object,
): Entity {
  const metadata = {
    name,
    ...(o.namespace ? { namespace: o.namespace } : {}),
    ...(o.title ? { title: o.title } : {}),
    ...(o.description !== undefined ? { description: o.description } : {}),
    annotations: o.annotations ?? {},
    ...(o.links ? { links: o.links } : {}),
  };
  return catalogEntity('Resource', metadata, {
    type,
    lifecycle: 'production',
    ...spec,
    ...o.spec,
  });
}

/** A compliant secret unless overridden. */
export function secret(name: string, o: Overrides = {}): Entity {
  return resource(
    name,
    'secret',
    {
      description:
        'Password of the reviews_app user on the Aurora writer endpoint',
      annotations: {
        'stagecraft.io/secret-kind': 'password',
        'stagecraft.io/secret-path': `prod/reviews/${name}`,
      },
      links: [
        {
          url: 'https://wiki.example.com/runbooks/rotate-aurora',
          title: 'Rotating Aurora credentials',
          type: 'rotation-guide',
        },
      ],
      ...o,
    },
    {
      owner: 'group:default/reviews-team',
      system: 'system:default/reviews',
      dependsOn: ['resource:default/aws-secrets-manager-prod'],
    },
  );
}

export function store(
  name: string,
  provider?: string,
  o: Overrides = {},
): Entity {
  return resource(
    name,
    'secret-store',
    {
      description: 'A secret store for tests',
      annotations: provider ? { 'stagecraft.io/store-provider': provider } : {},
      ...o,
    },
    { owner: 'group:default/platform-team' },
  );
}

/** An entity named `name`, in `namespace` when given. */
const simple = (kind: string, name: string, namespace?: string, spec = {}) =>
  catalogEntity(kind, { name, ...(namespace ? { namespace } : {}) }, spec);

export const group = (name: string, namespace?: string) =>
  simple('Group', name, namespace, { type: 'team', children: [] });
export const user = (name: string, namespace?: string) =>
  simple('User', name, namespace, { memberOf: [] });
export const component = (
  name: string,
  dependsOn: string[] = [],
  namespace?: string,
) =>
  simple('Component', name, namespace, {
    type: 'service',
    lifecycle: 'production',
    owner: 'reviews-team',
    dependsOn,
  });
export const system = (name: string, dependsOn: string[] = []) =>
  simple('System', name, undefined, { owner: 'reviews-team', dependsOn });

/** Everything the default `secret()` refers to. */
export function baseCatalog(): Entity[] {
  return [
    group('reviews-team'),
    group('platform-team'),
    store('aws-secrets-manager-prod', 'aws-secrets-manager'),
    system('reviews'),
  ];
}

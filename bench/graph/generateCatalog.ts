import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import { INVERSE_RELATION, mulberry32 } from '@internal/stagecraft-test-utils';
import { ANNOTATION_ONCALL_CONTACT } from '@stagecraft/catalog-conventions-common';

export interface CatalogShape {
  groups: number;
  usersPerGroup: number;
  domains: number;
  systems: number;
  stores: number;
  secrets: number;
  apis: number;
  resources: number;
  components: number;
}

/** 10,000 entities, proportioned like a serverless company's catalog. */
export const TEN_THOUSAND: CatalogShape = {
  groups: 40,
  usersPerGroup: 10,
  domains: 10,
  systems: 120,
  stores: 20,
  secrets: 1500,
  apis: 500,
  resources: 3410,
  components: 4000,
};

/**
 * `TEN_THOUSAND` scaled to about `entities` entities: every count grows in proportion,
 * teams keep their size.
 */
export function shapeOfSize(entities: number): CatalogShape {
  const factor = entities / 10_000;
  const scale = (n: number) => Math.max(1, Math.round(n * factor));
  return {
    groups: scale(TEN_THOUSAND.groups),
    usersPerGroup: TEN_THOUSAND.usersPerGroup,
    domains: scale(TEN_THOUSAND.domains),
    systems: scale(TEN_THOUSAND.systems),
    stores: scale(TEN_THOUSAND.stores),
    secrets: scale(TEN_THOUSAND.secrets),
    apis: scale(TEN_THOUSAND.apis),
    resources: scale(TEN_THOUSAND.resources),
    components: scale(TEN_THOUSAND.components),
  };
}

const RESOURCE_TYPES = [
  'kinesis-stream',
  'sqs-queue',
  's3-bucket',
  'dynamodb-table',
  'firehose-delivery-stream',
  'sns-topic',
  'aurora-cluster',
];
const COMPONENT_TYPES = [
  'service',
  'lambda-function',
  'lambda-function',
  'state-machine',
  'batch-job',
  'website',
];

/**
 * A synthetic catalog with the relations the catalog would emit (both
 * directions). Structure: groups own systems in domains; each system has
 * secrets, resources, APIs and components; components mostly use things of
 * their own system and sometimes another system's (20%), platform secrets
 * and APIs are shared hubs, pipelines chain stages through streams, and
 * secrets sit in a few stores, so a store's blast radius is large.
 */
export function generateCatalog(
  shape: CatalogShape = TEN_THOUSAND,
  seed = 42,
): Entity[] {
  const rnd = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T =>
    items[Math.floor(rnd() * items.length)];
  const entities = new Map<string, Entity>();

  const add = (
    kind: string,
    name: string,
    spec: JsonObject = {},
    metadata: Partial<Entity['metadata']> = {},
  ): string => {
    const ref = `${kind.toLocaleLowerCase('en-US')}:default/${name}`;
    entities.set(ref, {
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: { name, namespace: 'default', ...metadata },
      spec,
      relations: [],
    });
    return ref;
  };
  const relate = (source: string, type: string, target: string) => {
    entities.get(source)!.relations!.push({ type, targetRef: target });
    entities
      .get(target)!
      .relations!.push({ type: INVERSE_RELATION[type], targetRef: source });
  };
  const link = (url: string, title: string, type: string) => ({
    url,
    title,
    type,
  });

  const groups: string[] = [];
  for (let g = 0; g < shape.groups; g++) {
    const users: string[] = [];
    for (let u = 0; u < shape.usersPerGroup; u++) {
      users.push(
        add('User', `user-${g}-${u}`, {
          profile: {
            displayName: `User ${g}.${u}`,
            email: `user-${g}-${u}@example.com`,
          },
        }),
      );
    }
    const group = add(
      'Group',
      `team-${g}`,
      { type: 'team', profile: { email: `team-${g}@example.com` } },
      {
        title: `Team ${g}`,
        annotations: { [ANNOTATION_ONCALL_CONTACT]: users[0] },
        links: [
          link(`https://oncall.example.com/team-${g}`, 'On call', 'oncall'),
        ],
      },
    );
    users.forEach(user => relate(user, 'memberOf', group));
    groups.push(group);
  }

  const domains: string[] = [];
  for (let d = 0; d < shape.domains; d++) {
    const domain = add('Domain', `domain-${d}`);
    relate(domain, 'ownedBy', pick(groups));
    domains.push(domain);
  }

  const systems: string[] = [];
  const ownerOf = new Map<string, string>();
  for (let s = 0; s < shape.systems; s++) {
    const system = add('System', `system-${s}`, {}, { title: `System ${s}` });
    const owner = groups[s % groups.length];
    relate(system, 'ownedBy', owner);
    relate(system, 'partOf', domains[s % domains.length]);
    ownerOf.set(system, owner);
    systems.push(system);
  }
  const platform = systems.slice(0, 3);

  const stores: string[] = [];
  for (let i = 0; i < shape.stores; i++) {
    const store = add(
      'Resource',
      `store-${i}`,
      { type: 'secret-store' },
      {
        links: [
          link(`https://wiki.example.com/store-${i}`, 'Runbook', 'runbook'),
        ],
      },
    );
    relate(store, 'ownedBy', ownerOf.get(platform[0])!);
    relate(store, 'partOf', platform[0]);
    stores.push(store);
  }

  // Per system: its own secrets, resources, APIs and components.
  const secretsOf = new Map<string, string[]>();
  const resourcesOf = new Map<string, string[]>();
  const apisOf = new Map<string, string[]>();
  const componentsOf = new Map<string, string[]>();
  const bySystem = (map: Map<string, string[]>, system: string, ref: string) =>
    map.set(system, [...(map.get(system) ?? []), ref]);
  const placed = (i: number) =>
    // Platform systems hold a larger share, like shared infrastructure.
    i % 10 === 0 ? pick(platform) : systems[i % systems.length];

  for (let i = 0; i < shape.secrets; i++) {
    const system = placed(i);
    // A few stores hold most secrets (Secrets Manager prod, KMS…).
    const store = stores[Math.floor(rnd() ** 2 * stores.length)];
    const secret = add(
      'Resource',
      `secret-${i}`,
      { type: 'secret' },
      {
        links: [
          link(
            `https://wiki.example.com/secret-${i}`,
            'Leak',
            'incident-response',
          ),
        ],
      },
    );
    relate(secret, 'ownedBy', ownerOf.get(system)!);
    relate(secret, 'partOf', system);
    relate(secret, 'dependsOn', store);
    relate(secret, 'storedIn', store);
    bySystem(secretsOf, system, secret);
  }
  for (let i = 0; i < shape.resources; i++) {
    const system = placed(i);
    const resource = add('Resource', `resource-${i}`, {
      type: pick(RESOURCE_TYPES),
    });
    relate(resource, 'ownedBy', ownerOf.get(system)!);
    relate(resource, 'partOf', system);
    bySystem(resourcesOf, system, resource);
  }
  for (let i = 0; i < shape.components; i++) {
    const system = placed(i);
    const component = add(
      'Component',
      `component-${i}`,
      { type: pick(COMPONENT_TYPES) },
      {
        links: [
          link(`https://wiki.example.com/component-${i}`, 'Runbook', 'runbook'),
        ],
      },
    );
    relate(component, 'ownedBy', ownerOf.get(system)!);
    relate(component, 'partOf', system);
    bySystem(componentsOf, system, component);
  }
  for (let i = 0; i < shape.apis; i++) {
    const system = placed(i);
    const api = add('API', `api-${i}`, { type: 'openapi' });
    relate(api, 'ownedBy', ownerOf.get(system)!);
    relate(api, 'partOf', system);
    const providers = componentsOf.get(system) ?? [];
    if (providers.length > 0) {
      relate(pick(providers), 'providesApi', api);
    }
    bySystem(apisOf, system, api);
  }

  /** One item of `system`'s, or with probability `crossSystem` of another system's. */
  const oneOf = (
    map: Map<string, string[]>,
    system: string,
    crossSystem: number,
  ): string | undefined => {
    const from = rnd() < crossSystem ? pick(systems) : system;
    const candidates = map.get(from) ?? [];
    return candidates.length > 0 ? pick(candidates) : undefined;
  };
  const relateOnce = (source: string, type: string, target?: string) => {
    const relations = entities.get(source)!.relations!;
    if (
      target &&
      target !== source &&
      !relations.some(r => r.type === type && r.targetRef === target)
    ) {
      relate(source, type, target);
    }
  };

  for (const system of systems) {
    const components = componentsOf.get(system) ?? [];
    const resources = resourcesOf.get(system) ?? [];
    components.forEach((component, index) => {
      // Secrets: one or two, mostly the system's own; some platform ones.
      relateOnce(component, 'dependsOn', oneOf(secretsOf, system, 0.05));
      if (rnd() < 0.4) {
        relateOnce(component, 'dependsOn', oneOf(secretsOf, pick(platform), 0));
      }
      // APIs: half consume one, a quarter of those from another system.
      if (rnd() < 0.5) {
        relateOnce(component, 'consumesApi', oneOf(apisOf, system, 0.25));
      }
      // Services call earlier services of the system (a layered DAG), rarely
      // another system's; 1% call a later one, which makes cycles.
      if (index > 0 && rnd() < 0.5) {
        relateOnce(
          component,
          'dependsOn',
          components[Math.floor(rnd() * index)],
        );
      }
      if (index > 0 && rnd() < 0.15) {
        relateOnce(
          component,
          'dependsOn',
          components[Math.floor(rnd() * index)],
        );
      }
      if (rnd() < 0.05) {
        relateOnce(
          component,
          'dependsOn',
          oneOf(componentsOf, pick(systems), 0),
        );
      }
      if (rnd() < 0.01 && index + 1 < components.length) {
        relateOnce(component, 'dependsOn', components[index + 1]);
      }
      if (resources.length === 0) {
        return;
      }
      if (rnd() < 0.4) {
        // A pipeline stage: reads stage k's output, writes stage k+1's input.
        const k = Math.floor(rnd() * resources.length);
        const input = resources[k];
        const output = resources[(k + 1) % resources.length];
        relateOnce(component, 'readsFrom', input);
        relateOnce(component, 'writesTo', output);
        relateOnce(component, 'dependsOn', input);
        relateOnce(component, 'dependsOn', output);
      } else {
        // A service with its own table or bucket.
        relateOnce(component, 'dependsOn', pick(resources));
      }
    });
  }
  return [...entities.values()];
}

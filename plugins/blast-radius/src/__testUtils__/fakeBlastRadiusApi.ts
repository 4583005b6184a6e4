import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  BlastRadiusIndex,
  BlastRadiusQuery,
  BlastRadiusResult,
  DEFAULT_BLAST_RADIUS_QUERY,
  computeBlastRadius,
} from '@stagecraft/plugin-blast-radius-common';
import { BlastRadiusApi } from '../api';

const INVERSE: Record<string, string> = {
  dependsOn: 'dependencyOf',
  partOf: 'hasPart',
  ownedBy: 'ownerOf',
  writesTo: 'writtenBy',
  readsFrom: 'readBy',
};

type Spec = {
  title?: string;
  type?: string;
  owner?: string;
  system?: string;
  dependsOn?: string[];
  links?: { url: string; title: string; type: string }[];
  annotations?: Record<string, string>;
  profile?: { displayName?: string; email?: string };
};

/** Catalog-shaped entities with relations in both directions. */
export function buildEntities(specs: Record<string, Spec>): Entity[] {
  const entities = new Map<string, Entity>();
  for (const [ref, spec] of Object.entries(specs)) {
    const [kind, rest] = ref.split(':');
    const [namespace, name] = rest.split('/');
    entities.set(ref, {
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: {
        name,
        namespace,
        title: spec.title,
        links: spec.links,
        annotations: spec.annotations,
      },
      spec: { type: spec.type, profile: spec.profile },
      relations: [],
    });
  }
  const relate = (source: string, type: string, target: string) => {
    entities.get(source)!.relations!.push({ type, targetRef: target });
    entities
      .get(target)
      ?.relations!.push({ type: INVERSE[type], targetRef: source });
  };
  for (const [ref, spec] of Object.entries(specs)) {
    if (spec.owner) relate(ref, 'ownedBy', spec.owner);
    if (spec.system) relate(ref, 'partOf', spec.system);
    for (const target of spec.dependsOn ?? []) relate(ref, 'dependsOn', target);
  }
  return [...entities.values()];
}

/** A secret store, two secrets, three services, two systems, two teams. */
export const exampleEntities = buildEntities({
  'user:default/ana': {
    profile: { displayName: 'Ana Silva', email: 'ana@example.com' },
  },
  'group:default/platform-team': {
    title: 'Platform',
    annotations: { 'stagecraft.io/oncall-contact': 'user:default/ana' },
    links: [
      {
        url: 'https://oncall.example.com/platform',
        title: 'Platform on-call',
        type: 'oncall',
      },
    ],
  },
  'group:default/shop-team': { title: 'Shop' },
  'system:default/platform': {
    title: 'Platform',
    owner: 'group:default/platform-team',
  },
  'system:default/shop': { title: 'Shop', owner: 'group:default/shop-team' },
  'resource:default/vault': {
    title: 'Vault (prod)',
    type: 'secret-store',
    owner: 'group:default/platform-team',
    system: 'system:default/platform',
    links: [
      {
        url: 'https://wiki.example.com/vault-runbook',
        title: 'Vault runbook',
        type: 'runbook',
      },
    ],
  },
  'resource:default/db-password': {
    type: 'secret',
    owner: 'group:default/shop-team',
    system: 'system:default/shop',
    dependsOn: ['resource:default/vault'],
  },
  'resource:default/api-key': {
    type: 'secret',
    owner: 'group:default/platform-team',
    dependsOn: ['resource:default/vault'],
  },
  'component:default/checkout': {
    title: 'Checkout',
    type: 'service',
    owner: 'group:default/shop-team',
    system: 'system:default/shop',
    dependsOn: ['resource:default/db-password'],
  },
  'component:default/storefront': {
    type: 'website',
    owner: 'group:default/shop-team',
    system: 'system:default/shop',
    dependsOn: ['component:default/checkout'],
  },
  'component:default/mailer': {
    type: 'lambda-function',
    owner: 'group:default/platform-team',
    dependsOn: ['resource:default/api-key'],
  },
});

/**
 * The real traversal over an in-memory catalog, answering like the backend;
 * records every call.
 */
export class FakeBlastRadiusApi implements BlastRadiusApi {
  readonly calls: { entityRef: string; query: BlastRadiusQuery }[] = [];
  private readonly index: BlastRadiusIndex;

  constructor(entities: Entity[] = exampleEntities) {
    this.index = BlastRadiusIndex.fromEntities(entities, {
      updatedAt: new Date('2025-01-01T00:00:00Z'),
    });
  }

  async getBlastRadius(
    ref: CompoundEntityRef,
    query: Partial<BlastRadiusQuery> = {},
  ): Promise<BlastRadiusResult> {
    const entityRef = stringifyEntityRef(ref);
    const full = { ...DEFAULT_BLAST_RADIUS_QUERY, ...query };
    this.calls.push({ entityRef, query: full });
    const result = computeBlastRadius(this.index, entityRef, full);
    if (!result) {
      throw new Error(`No entity named ${entityRef}`);
    }
    return result;
  }
}

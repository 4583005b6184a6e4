import { Entity } from '@backstage/catalog-model';
import { permissionRules } from '@backstage/plugin-catalog-backend/alpha';
import { applyConditions, canApplyLocally } from './catalogConditions';

const entity = (overrides: Partial<Entity['metadata']>, owner?: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'db-password', ...overrides },
  spec: { type: 'secret' },
  relations: owner ? [{ type: 'ownedBy', targetRef: owner }] : [],
});

const ENTITIES: Entity[] = [
  entity({ labels: { restricted: 'true' } }),
  entity({ labels: { Restricted: 'TRUE' } }, 'group:default/team-a'),
  entity({ annotations: { 'stagecraft.io/store-provider': 'Vault' } }),
  entity({}, 'group:default/team-b'),
  { ...entity({}), kind: 'Component' },
];

const CASES: Array<[keyof typeof permissionRules, string, any]> = [
  ['isEntityKind', 'IS_ENTITY_KIND', { kinds: ['resource'] }],
  ['isEntityKind', 'IS_ENTITY_KIND', { kinds: ['Component', 'API'] }],
  ['isEntityOwner', 'IS_ENTITY_OWNER', { claims: ['group:default/team-a'] }],
  ['hasLabel', 'HAS_LABEL', { label: 'restricted' }],
  ['hasLabel', 'HAS_LABEL', { label: 'restricted', value: 'true' }],
  [
    'hasAnnotation',
    'HAS_ANNOTATION',
    { annotation: 'stagecraft.io/store-provider', value: 'vault' },
  ],
  ['hasAnnotation', 'HAS_ANNOTATION', { annotation: 'backstage.io/x' }],
];

describe('applyConditions', () => {
  it.each(CASES)('decides %s %j as the catalog does', (name, rule, params) => {
    const catalogRule = permissionRules[name] as {
      name: string;
      apply: (e: Entity, p: any) => boolean;
    };
    expect(catalogRule.name).toBe(rule);
    const condition = { rule, resourceType: 'catalog-entity', params };
    expect(ENTITIES.map(e => applyConditions(condition, e))).toEqual(
      ENTITIES.map(e => catalogRule.apply(e, params)),
    );
  });

  it('combines criteria with allOf, anyOf and not', () => {
    const kind = {
      rule: 'IS_ENTITY_KIND',
      resourceType: 'catalog-entity',
      params: { kinds: ['resource'] },
    };
    const label = {
      rule: 'HAS_LABEL',
      resourceType: 'catalog-entity',
      params: { label: 'restricted' },
    };
    const decide = (criteria: any) =>
      ENTITIES.map(e => applyConditions(criteria, e));
    expect(decide({ allOf: [kind, { not: label }] })).toEqual([
      false,
      false,
      true,
      true,
      false,
    ]);
    expect(decide({ anyOf: [label, { not: kind }] })).toEqual([
      true,
      true,
      false,
      false,
      true,
    ]);
  });

  it('leaves rules it does not implement to the catalog', () => {
    const metadata = {
      rule: 'HAS_METADATA',
      resourceType: 'catalog-entity',
      params: { key: 'name', value: 'x' },
    };
    expect(canApplyLocally({ not: metadata })).toBe(false);
    expect(
      canApplyLocally({
        anyOf: [
          {
            rule: 'HAS_LABEL',
            resourceType: 'catalog-entity',
            params: { label: 'x' },
          },
        ],
      }),
    ).toBe(true);
    expect(() => applyConditions(metadata, ENTITIES[0])).toThrow(
      'No local implementation of the rule HAS_METADATA',
    );
  });
});

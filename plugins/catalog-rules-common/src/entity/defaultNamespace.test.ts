import { DefaultNamespaceEntityPolicy, Entity } from '@backstage/catalog-model';
import {
  FastDefaultNamespaceEntityPolicy,
  withDefaultNamespace,
} from './defaultNamespace';

const lodashPolicy = new DefaultNamespaceEntityPolicy();
const fastPolicy = new FastDefaultNamespaceEntityPolicy();

/** Every key in its order, at every depth (toEqual ignores the order). */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(shape);
  }
  if (value && typeof value === 'object') {
    return Object.keys(value).map(key => [
      key,
      shape((value as Record<string, unknown>)[key]),
    ]);
  }
  return value;
}

const entities: Record<string, unknown> = {
  'a plain component': {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'shop',
      annotations: { 'example.com/a': 'b' },
      tags: ['a', 'b'],
      links: [{ url: 'https://example.com', title: 'x' }],
    },
    spec: { type: 'service', owner: 'team', nested: [[1, null, true], {}] },
  },
  'metadata before the other fields': {
    metadata: { name: 'x', title: 'X' },
    kind: 'Group',
    apiVersion: 'backstage.io/v1alpha1',
    spec: { type: 'team', children: [] },
  },
  'an empty namespace': {
    apiVersion: 'v1',
    kind: 'K',
    metadata: { name: 'x', namespace: '' },
  },
  'a null namespace': {
    apiVersion: 'v1',
    kind: 'K',
    metadata: { namespace: null, name: 'x' },
  },
  'an undefined namespace': {
    apiVersion: 'v1',
    kind: 'K',
    metadata: { name: 'x', namespace: undefined },
  },
  'undefined and sparse values': {
    apiVersion: 'v1',
    kind: 'K',
    // eslint-disable-next-line no-sparse-arrays
    metadata: { name: 'x', labels: undefined, tags: [1, , 3] },
    spec: undefined,
  },
};

describe('FastDefaultNamespaceEntityPolicy', () => {
  it.each(Object.entries(entities))(
    'gives what DefaultNamespaceEntityPolicy gives for %s',
    async (_name, entity) => {
      const expected = await lodashPolicy.enforce(
        structuredClone(entity) as Entity,
      );
      const input = structuredClone(entity) as Entity;
      const actual = await fastPolicy.enforce(input);
      expect(actual).toEqual(expected);
      expect(shape(actual)).toEqual(shape(expected));
      expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
    },
  );

  it('copies: the result shares nothing with the entity', async () => {
    const entity = structuredClone(entities['a plain component']) as Entity;
    const result = (await fastPolicy.enforce(entity)) as Entity;
    expect(result.metadata).not.toBe(entity.metadata);
    expect(result.metadata.tags).not.toBe(entity.metadata.tags);
    expect(result.spec).not.toBe(entity.spec);
    expect(result.metadata.namespace).toBe('default');
  });

  it('returns an entity with a namespace as it is', async () => {
    const entity = {
      apiVersion: 'v1',
      kind: 'K',
      metadata: { name: 'x', namespace: 'ns' },
    };
    expect(await fastPolicy.enforce(entity)).toBe(entity);
  });

  it('leaves what is not plain JSON data to lodash', async () => {
    const circular: Record<string, unknown> = { name: 'x' };
    circular.self = circular;
    const cases = [
      {
        apiVersion: 'v1',
        kind: 'K',
        metadata: { name: 'x', when: new Date() },
      },
      { apiVersion: 'v1', kind: 'K', metadata: circular },
      JSON.parse(
        '{"apiVersion":"v1","kind":"K","metadata":{"name":"x","__proto__":{"a":1}}}',
      ),
      {
        apiVersion: 'v1',
        kind: 'K',
        metadata: { name: 'x', constructor: 'y' },
      },
    ];
    for (const entity of cases) {
      expect(withDefaultNamespace(entity as Entity)).toBeUndefined();
      await expect(fastPolicy.enforce(entity as Entity)).resolves.toEqual(
        await lodashPolicy.enforce(entity as Entity),
      );
    }
  });
});

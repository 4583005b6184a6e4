import { Entity } from '@backstage/catalog-model';
import {
  ApiBlueprint,
  createApiRef,
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  acceptedBy,
  entityFilterIn,
  entityFilterOf,
  providedApiId,
  testEntity,
} from './extensionChecks';

const isSecret = (entity: Entity) =>
  entity.kind === 'Resource' && entity.spec?.type === 'secret';

const card = EntityCardBlueprint.make({
  name: 'secret',
  params: { filter: isSecret, loader: async () => <div /> },
});
const content = EntityContentBlueprint.make({
  name: 'systems',
  params: {
    path: '/x',
    title: 'X',
    filter: (entity: Entity) => entity.kind === 'System',
    loader: async () => <div />,
  },
});

describe('testEntity', () => {
  it('names a minimal entity after its type, else its kind, in the default namespace', () => {
    expect(testEntity('Resource', { type: 'S3-Bucket' })).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: { name: 'some-s3-bucket', namespace: 'default' },
      spec: { type: 'S3-Bucket' },
    });
    expect(testEntity('System').metadata.name).toBe('some-system');
    expect(testEntity('System').spec).toEqual({});
  });
});

describe('entityFilterOf', () => {
  it("returns a card's filter function", () => {
    const filter = entityFilterOf(card);
    expect(filter(testEntity('Resource', { type: 'secret' }))).toBe(true);
    expect(filter(testEntity('Resource', { type: 'sqs-queue' }))).toBe(false);
  });

  it("returns a content's filter, the same data ref", () => {
    const filter = entityFilterOf(content);
    expect(filter(testEntity('System'))).toBe(true);
    expect(filter(testEntity('Component'))).toBe(false);
  });

  it('throws for an extension without an entity filter', () => {
    const page = PageBlueprint.make({
      name: 'nothing',
      params: { path: '/nothing', loader: async () => <div /> },
    });
    expect(() => entityFilterOf(page)).toThrow(/has no entity filter/);
  });
});

describe('entityFilterIn', () => {
  it("returns the filter of a plugin's extension by its id", () => {
    const plugin = createFrontendPlugin({
      pluginId: 'example',
      extensions: [card, content],
    });
    const filterOf = entityFilterIn(plugin);
    const secret = testEntity('Resource', { type: 'secret' });
    expect(filterOf('entity-card:example/secret')(secret)).toBe(true);
    expect(filterOf('entity-content:example/systems')(secret)).toBe(false);
    expect(
      filterOf('entity-content:example/systems')(testEntity('System')),
    ).toBe(true);
  });
});

describe('acceptedBy', () => {
  const entities = [
    testEntity('Resource', { type: 'secret' }),
    testEntity('System'),
    testEntity('Resource', { type: 'sqs-queue' }),
  ];

  it('lists the kinds a filter accepts, in order', () => {
    expect(acceptedBy(e => e.kind !== 'Component', entities)).toEqual([
      'Resource',
      'System',
      'Resource',
    ]);
  });

  it("asks an extension's filter, labelling as told", () => {
    expect(
      acceptedBy(card, entities, e => `${e.kind}:${e.spec?.type ?? ''}`),
    ).toEqual(['Resource:secret']);
    expect(acceptedBy(content, entities)).toEqual(['System']);
  });
});

describe('providedApiId', () => {
  it('names the API ref an API extension provides', () => {
    const exampleApiRef = createApiRef<{ ping(): string }>({
      id: 'plugin.example.service',
    });
    const api = ApiBlueprint.make({
      name: 'example',
      params: defineParams =>
        defineParams({
          api: exampleApiRef,
          deps: {},
          factory: () => ({ ping: () => 'pong' }),
        }),
    });
    expect(providedApiId(api)).toBe('plugin.example.service');
  });
});

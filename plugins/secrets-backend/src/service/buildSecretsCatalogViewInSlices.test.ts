import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { loadExampleCatalog } from '@internal/stagecraft-test-utils';
import {
  buildSecretsCatalogView,
  isSecret,
} from '@stagecraft/plugin-secrets-common';
import { turnCounter } from '../__testUtils__/turnCounter';
import { buildSecretsCatalogViewInSlices } from './buildSecretsCatalogViewInSlices';

describe('buildSecretsCatalogViewInSlices', () => {
  const example = loadExampleCatalog();
  const firstSecret = example.find(isSecret)!;
  const entities: Entity[] = [
    ...example,
    // the same ref again (the later one wins), and a secret of the same name elsewhere
    { ...firstSecret, metadata: { ...firstSecret.metadata, title: 'Again' } },
    {
      ...firstSecret,
      metadata: {
        ...firstSecret.metadata,
        name: firstSecret.metadata.name.toUpperCase(),
        namespace: 'payments',
      },
    },
    // malformed entries are ignored, as at once
    { apiVersion: 'x', kind: 'Component', metadata: {} } as any,
    null as any,
  ];

  it('gives the view buildSecretsCatalogView gives', async () => {
    const atOnce = buildSecretsCatalogView(entities);
    const sliced = await buildSecretsCatalogViewInSlices(entities, 7);

    const refs = [
      ...example.map(entity => stringifyEntityRef(entity)),
      `resource:payments/${firstSecret.metadata.name}`,
      'resource:default/missing',
      'not a ref:::',
    ];
    const names = [
      ...example.map(entity => entity.metadata.name),
      firstSecret.metadata.name.toUpperCase(),
      'missing',
    ];
    expect(refs.map(ref => sliced.getEntity(ref))).toEqual(
      refs.map(ref => atOnce.getEntity(ref)),
    );
    expect(refs.map(ref => sliced.getDependents(ref))).toEqual(
      refs.map(ref => atOnce.getDependents(ref)),
    );
    expect(names.map(name => sliced.getSecretsByName(name))).toEqual(
      names.map(name => atOnce.getSecretsByName(name)),
    );
    // what is compared is there to compare
    expect(
      sliced.getEntity(stringifyEntityRef(firstSecret))?.metadata.title,
    ).toBe('Again');
    expect(sliced.getSecretsByName(firstSecret.metadata.name)).toHaveLength(3);
    expect(
      refs.filter(ref => sliced.getDependents(ref).length > 0).length,
    ).toBeGreaterThan(10);
  });

  it('lets the event loop run between slices', async () => {
    const turns = turnCounter();

    await buildSecretsCatalogViewInSlices(entities, 10);
    turns.stop();

    expect(turns.turns).toBeGreaterThanOrEqual(
      Math.floor(entities.length / 10),
    );
  });
});

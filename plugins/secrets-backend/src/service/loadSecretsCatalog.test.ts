import { Entity } from '@backstage/catalog-model';
import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  CatalogFingerprint,
  catalogFingerprint,
  readSecretsCatalog,
} from './loadSecretsCatalog';

const component = (
  name: string,
  etag?: string,
  uid = `uid-${name}`,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, uid, ...(etag ? { etag } : {}) },
  spec: { type: 'service' },
});

function fingerprintOf(entities: Entity[]) {
  const fingerprint = new CatalogFingerprint();
  entities.forEach(entity => fingerprint.add(entity));
  return fingerprint.value;
}

describe('CatalogFingerprint', () => {
  const a = component('a', 'e1');
  const b = component('b', 'e1');

  it('is the same whatever the order the entities come in', () => {
    expect(fingerprintOf([a, b])).toBe(fingerprintOf([b, a]));
  });

  it('differs when an etag changed, an entity was added or removed, or one was replaced', () => {
    const fingerprints = [
      fingerprintOf([a, b]),
      fingerprintOf([a, component('b', 'e2')]),
      fingerprintOf([a]),
      fingerprintOf([a, b, component('c', 'e1')]),
      fingerprintOf([a, component('b', 'e1', 'another-uid')]),
    ];
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it('is undefined when an entity has no etag: no change can be ruled out', () => {
    expect(fingerprintOf([a, component('b')])).toBeUndefined();
  });
});

describe('catalogFingerprint', () => {
  it('is the fingerprint of what readSecretsCatalog read, over pages', async () => {
    const entities = Array.from({ length: 7 }, (_, i) =>
      component(`c${i}`, `e${i}`),
    );
    const catalog = catalogServiceMock({ entities });
    const credentials = mockCredentials.service();

    const read = await readSecretsCatalog(catalog, credentials, 3);
    expect(read.entities).toHaveLength(7);
    expect(read.fingerprint).toBe(fingerprintOf(entities));
    expect(await catalogFingerprint(catalog, credentials, 3)).toBe(
      read.fingerprint,
    );
  });

  it('is undefined when the catalog serves no versions', async () => {
    const catalog = catalogServiceMock({ entities: [component('a')] });
    expect(
      await catalogFingerprint(catalog, mockCredentials.service()),
    ).toBeUndefined();
  });
});

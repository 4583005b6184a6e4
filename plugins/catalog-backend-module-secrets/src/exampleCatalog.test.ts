import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { AlphaEntity } from '@backstage/catalog-model/alpha';
import { declaredStoreRef, isSecret } from '@stagecraft/plugin-secrets-common';
import {
  eventually,
  loadExampleCatalog,
  refsOf,
  startExampleCatalog,
} from '@internal/stagecraft-test-utils';

jest.setTimeout(120_000);

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

describe('the example catalog with the secrets module', () => {
  const declared = loadExampleCatalog();
  const secrets = declared.filter(isSecret);

  it('has secrets with stores to draw', () => {
    expect(secrets.length).toBeGreaterThan(20);
    expect(secrets.filter(s => declaredStoreRef(s)).length).toBeGreaterThan(20);
  });

  it('ingests with zero processing errors, and every secret with one store gets storedIn/stores', async () => {
    const backend = await startExampleCatalog({
      modules: ['portal-links', 'secrets'],
      logLevel: 'warn',
    });
    const { errorEvents, catalog: api } = backend;
    try {
      const expected = declared.map(e => lower(stringifyEntityRef(e)));
      const entities = await eventually('every declared entity', async () => {
        const served = await api.entities();
        const refs = refsOf(served);
        return expected.every(ref => refs.has(ref)) && served;
      });
      // one more stitching round for relations emitted by other entities
      await new Promise(resolve => setTimeout(resolve, 2000));
      const final = await api.entities();
      const byRef = new Map(final.map(e => [lower(stringifyEntityRef(e)), e]));

      expect(errorEvents).toEqual([]);
      expect(
        entities.flatMap(e =>
          ((e as AlphaEntity).status?.items ?? [])
            .filter(item => item.level === 'error')
            .map(item => `${stringifyEntityRef(e)}: ${item.error?.message}`),
        ),
      ).toEqual([]);

      const missing: string[] = [];
      for (const secret of secrets) {
        const secretRef = lower(stringifyEntityRef(secret));
        const storeRef = declaredStoreRef(secret);
        const storedIn = (byRef.get(secretRef)?.relations ?? [])
          .filter(r => r.type === 'storedIn')
          .map(r => r.targetRef);
        if (!storeRef) {
          if (storedIn.length > 0) {
            missing.push(`${secretRef} names no single store but has storedIn`);
          }
          continue;
        }
        const store = lower(stringifyEntityRef(parseEntityRef(storeRef)));
        if (storedIn.join() !== store) {
          missing.push(`${secretRef} storedIn ${store}`);
        }
        const stores = (byRef.get(store)?.relations ?? [])
          .filter(r => r.type === 'stores')
          .map(r => r.targetRef);
        if (!stores.includes(secretRef)) {
          missing.push(`${store} stores ${secretRef}`);
        }
      }
      expect(missing).toEqual([]);
    } finally {
      await backend.stop();
    }
  });
});

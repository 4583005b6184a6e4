import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { AlphaEntity } from '@backstage/catalog-model/alpha';
import { declaredStoreRef, isSecret } from '@stagecraft/plugin-secrets-common';
import { refsOf, startCatalog, waitFor } from './__testUtils__/startCatalog';

jest.setTimeout(120_000);

const catalogDir = path.resolve(__dirname, '../../../catalog-info');

function declaredEntities(): Entity[] {
  const index = parseAllDocuments(
    fs.readFileSync(path.join(catalogDir, 'all.yaml'), 'utf8'),
  )[0].toJS();
  return (index.spec.targets as string[]).flatMap(target =>
    parseAllDocuments(fs.readFileSync(path.join(catalogDir, target), 'utf8'))
      .map(doc => doc.toJS() as Entity)
      .filter(Boolean),
  );
}

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

describe('the example catalog with the secrets module', () => {
  const declared = declaredEntities();
  const secrets = declared.filter(isSecret);

  it('has secrets with stores to draw', () => {
    expect(secrets.length).toBeGreaterThan(20);
    expect(secrets.filter(s => declaredStoreRef(s)).length).toBeGreaterThan(20);
  });

  it('ingests with zero processing errors, and every secret with one store gets storedIn/stores', async () => {
    const { backend, errorEvents, api } = await startCatalog({
      locations: [path.join(catalogDir, 'all.yaml')],
    });
    try {
      const expected = declared.map(e => lower(stringifyEntityRef(e)));
      const entities = await waitFor('every declared entity', async () => {
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

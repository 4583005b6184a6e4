import request from 'supertest';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { AlphaEntity } from '@backstage/catalog-model/alpha';
import {
  loadExampleCatalog,
  startExampleCatalog,
} from '@internal/stagecraft-test-utils';

/** Every entity the example catalog declares, read straight from the YAML. */
function declaredEntityRefs(): string[] {
  return loadExampleCatalog().map(entity => stringifyEntityRef(entity));
}

async function fetchAllEntities(server: any): Promise<Entity[]> {
  const res = await request(server)
    .get('/api/catalog/entities')
    .set('Authorization', mockCredentials.user.header());
  expect(res.status).toBe(200);
  return res.body;
}

describe('the example catalog', () => {
  const expected = declaredEntityRefs();

  it('declares enough entities to show every feature', () => {
    expect(expected.length).toBeGreaterThanOrEqual(120);
    expect(new Set(expected).size).toBe(expected.length);
  });

  it('is ingested by the real catalog backend and our modules with no processing errors', async () => {
    // The catalog as packages/backend runs it, with Stagecraft's catalog modules.
    const backend = await startExampleCatalog();
    try {
      const { server } = backend;

      let entities: Entity[] = [];
      for (let attempt = 0; attempt < 120; attempt++) {
        entities = await fetchAllEntities(server);
        const served = new Set(entities.map(e => stringifyEntityRef(e)));
        if (expected.every(ref => served.has(ref))) break;
        await new Promise(resolve => setTimeout(resolve, 500));
      }

      const served = new Set(entities.map(e => stringifyEntityRef(e)));
      expect(expected.filter(ref => !served.has(ref))).toEqual([]);

      const errors = entities.flatMap(entity =>
        ((entity as AlphaEntity).status?.items ?? [])
          .filter(item => item.level === 'error')
          .map(item => `${stringifyEntityRef(entity)}: ${item.error?.message}`),
      );
      expect(errors).toEqual([]);

      const relationTypes = new Set(
        entities.flatMap(e => (e.relations ?? []).map(r => r.type)),
      );
      for (const type of ['storedIn', 'stores', 'readsFrom', 'writesTo']) {
        expect(relationTypes).toContain(type);
      }
    } finally {
      await backend.stop();
    }
  }, 90_000);
});

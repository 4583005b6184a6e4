import { coreServices } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { initModule } from '../backend/initModule';
import { createTestDatabases } from '../database/testDatabases';
import { eventually } from '../eventually';
import { catalogEntity, catalogFile } from './catalogEntity';
import { startCatalog } from './startCatalog';

jest.setTimeout(120_000);

const databases = createTestDatabases();

const FILES = {
  'catalog.yaml': catalogFile([
    catalogEntity('Group', 'team-a', { type: 'team', children: [] }),
    catalogEntity('Component', 'orders-web', {
      type: 'service',
      lifecycle: 'production',
      owner: 'team-a',
    }),
    catalogEntity('Component', 'ownerless', {
      type: 'service',
      lifecycle: 'production',
    }),
  ]),
};

describe('startCatalog', () => {
  it.each(databases.eachSupportedId())(
    'serves the given files on %s and records processing errors',
    async id => {
      const backend = await startCatalog({
        files: FILES,
        database: { databases, id },
        expectedEntities: 2,
      });
      try {
        expect(await backend.catalog.refs()).toEqual(
          expect.arrayContaining([
            'component:default/orders-web',
            'group:default/team-a',
          ]),
        );
        expect(
          (await backend.catalog.entity('component:default/orders-web'))
            ?.metadata.name,
        ).toBe('orders-web');
        const error = await eventually('the ownerless error', async () =>
          backend.errorEvents.find(e => e.entity.includes('ownerless')),
        );
        expect(error.errors[0].message).toContain('owner');
        expect(
          (await backend.request.get('/api/catalog/entities')).status,
        ).toBe(200);
      } finally {
        await backend.stop();
      }
    },
  );

  it("closes the catalog's in-memory SQLite when it stops", async () => {
    let knex: Knex | undefined;
    const backend = await startCatalog({
      modules: [],
      features: [
        initModule(
          { pluginId: 'catalog', moduleId: 'database-probe' },
          { database: coreServices.database },
          async ({ database }) => {
            knex = await database.getClient();
          },
        ),
      ],
    });
    await expect(knex!.raw('select 1')).resolves.toBeDefined();

    await backend.stop();

    // An open pool's reaping interval would keep the Jest worker from exiting.
    await expect(knex!.raw('select 1')).rejects.toThrow();
  });

  it('fails naming how many entities it served when fewer than expected arrive', async () => {
    await expect(
      startCatalog({
        files: { 'empty.yaml': '' },
        modules: [],
        expectedEntities: 1,
        expectedEntitiesTimeoutMs: 2000,
      }),
    ).rejects.toThrow('The catalog served 0 of 1 entities after 2 s');
  });
});

import {
  createMockDirectory,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { stringify } from 'yaml';
import { captureConsole } from './__testUtils__/captureConsole';
import { dumpDatabase } from './__testUtils__/dumpDatabase';
import { fakeGithubToken, fragmentsOf } from './__testUtils__/fakeSecrets';
import { leakyCatalog } from './__testUtils__/leakyCatalog';
import { serveDirectory } from './__testUtils__/serveDirectory';
import { refsOf, startCatalog, waitFor } from './__testUtils__/startCatalog';

jest.setTimeout(120_000);

const POSTGRES_IDS: TestDatabaseId[] = [
  'POSTGRES_18',
  'POSTGRES_17',
  'POSTGRES_16',
  'POSTGRES_15',
  'POSTGRES_14',
  'POSTGRES_13',
];

const databases = TestDatabases.create({
  ids: ['SQLITE_3', ...POSTGRES_IDS],
  disableDocker: true,
});
const postgres = POSTGRES_IDS.filter(id => databases.supports(id)).slice(0, 1);

/**
 * Ingests a file with a leaking entity, plus an entity (read from a url
 * location, as production catalogs are) whose secret arrives through a
 * `$text` placeholder that the parser cannot see. Returns every row of every
 * table and everything logged.
 */
async function ingest(databaseId: TestDatabaseId, withSecretsModule: boolean) {
  const knex = await databases.init(databaseId);
  const mockDir = createMockDirectory();
  const catalog = leakyCatalog();
  const placeholderToken = fakeGithubToken();
  mockDir.setContent({
    'catalog.yaml': catalog.yaml,
    'deploy-token.txt': placeholderToken,
    'placeholder.yaml': stringify({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'deployer' },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: 'group:team-a',
        settings: { token: { $text: './deploy-token.txt' } },
      },
    }),
  });
  const files = await serveDirectory(mockDir.path);
  const logs = captureConsole();
  const { backend, errorEvents, api } = await startCatalog({
    locations: [mockDir.resolve('catalog.yaml'), files.url('placeholder.yaml')],
    config: { backend: { reading: { allow: [{ host: files.host }] } } },
    knex,
    withSecretsModule,
    logLevel: 'debug',
  });
  try {
    await waitFor('the clean entities', async () => {
      const refs = refsOf(await api.entities());
      return catalog.cleanRefs.every(ref => refs.has(ref));
    });
    if (withSecretsModule) {
      await waitFor('both refusals', async () => {
        const refused = new Set(errorEvents.map(e => e.entity.toLowerCase()));
        return (
          refused.has(catalog.leakingRef) &&
          refused.has('component:default/deployer')
        );
      });
    } else {
      await waitFor('the placeholder entity', async () =>
        refsOf(await api.entities()).has('component:default/deployer'),
      );
    }
    // let a few more processing and stitching rounds run
    await new Promise(resolve => setTimeout(resolve, 3000));
    const dump = await dumpDatabase(knex);
    return {
      ...dump,
      text: dump.text.toLocaleLowerCase('en-US'),
      logs: logs.text().toLocaleLowerCase('en-US'),
      secretValues: [...catalog.secretValues, placeholderToken],
    };
  } finally {
    await backend.stop();
    logs.restore();
    await files.close();
    await knex.destroy();
  }
}

describe.each([['SQLITE_3' as TestDatabaseId], ...postgres.map(id => [id])])(
  'no secret value reaches storage (%s)',
  databaseId => {
    it('stores nothing of a refused value in any table, and logs nothing of it', async () => {
      const { tables, text, logs, secretValues } = await ingest(
        databaseId,
        true,
      );

      // the dump covers the catalog's tables and the ingested entities
      expect(tables.join(' ')).toMatch(/refresh_state/);
      expect(tables.join(' ')).toMatch(/final_entities/);
      expect(tables.join(' ')).toMatch(/search/);
      expect(text).toContain('db-password');
      expect(text).toContain('refused resource:default/leaky-token');
      expect(text).toContain('refused component:default/deployer');

      for (const value of secretValues) {
        for (const fragment of fragmentsOf(value)) {
          expect({ fragment, inDatabase: text.includes(fragment) }).toEqual({
            fragment,
            inDatabase: false,
          });
          expect({ fragment, inLogs: logs.includes(fragment) }).toEqual({
            fragment,
            inLogs: false,
          });
        }
      }
    });

    it('finds the values in storage without the module (the check can fail)', async () => {
      const { text, secretValues } = await ingest(databaseId, false);
      for (const value of secretValues) {
        expect(text).toContain(value.toLocaleLowerCase('en-US'));
      }
    });
  },
);

if (postgres.length === 0) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect
  it.skip('no secret value reaches storage (PostgreSQL): skipped, no database configured. Set BACKSTAGE_TEST_DATABASE_POSTGRES16_CONNECTION_STRING=postgresql://postgres@127.0.0.1:5432 (or another POSTGRES<N>) to run it', () => {});
}

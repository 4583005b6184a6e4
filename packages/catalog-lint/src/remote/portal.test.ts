import path from 'node:path';
import { collectFiles } from '../files/collectFiles';
import { runCliAsync } from '../__testUtils__/runCli';
import {
  startCatalog,
  TestCatalog,
  writeCatalogFiles,
} from '@internal/stagecraft-test-utils';
import { fetchPortalEntities, PortalError } from './fetchPortalEntities';

const REPO_ROOT = path.resolve(__dirname, '../../../..');

// A team's repository holding one new secret; its owner and store live in
// the portal's catalog (the example catalog), not in the repository.
const TEAM_SECRET = [
  'apiVersion: backstage.io/v1alpha1',
  'kind: Resource',
  'metadata:',
  '  name: reviews-search-api-key',
  '  description: API key of the search provider, used by the reviews API to index reviews.',
  '  links:',
  '    - url: https://wiki.example.com/rotate-search-key',
  '      type: rotation-guide',
  'spec:',
  '  type: secret',
  '  owner: OWNER',
  '  system: reviews',
  '  dependsOn: [resource:default/STORE]',
  '',
].join('\n');

describe('reading the rest of the catalog from a running portal', () => {
  let portal: TestCatalog;
  let expectedCount: number;
  let owner: string;
  let store: string;
  const team = writeCatalogFiles({});

  beforeAll(async () => {
    portal = await startCatalog({
      locations: collectFiles(['catalog-info'], REPO_ROOT),
      modules: ['portal-links'],
      processingInterval: { milliseconds: 200 },
    });
    const refs = await portal.catalog.settle(150, 240_000);
    owner = refs.find(ref => ref.startsWith('group:'))!.split('/')[1];
    const everything = await fetchPortalEntities({
      baseUrl: portal.baseUrl,
      token: portal.token,
    });
    expectedCount = everything.length;
    store = everything.find(
      e =>
        e.spec?.type === 'secret-store' &&
        e.metadata.annotations?.['stagecraft.io/store-provider'] ===
          'aws-secrets-manager',
    )!.metadata.name;
    const fs = require('node:fs');
    fs.writeFileSync(
      path.join(team.dir, 'secret.yaml'),
      TEAM_SECRET.replace('OWNER', owner).replace('STORE', store),
    );
  }, 300_000);

  afterAll(async () => {
    await portal?.stop();
    team.remove();
  });

  it('reads every entity, following the pagination cursor', async () => {
    const pages: number[] = [];
    const entities = await fetchPortalEntities({
      baseUrl: `${portal.baseUrl}/`,
      token: portal.token,
      pageSize: 40,
      onPage: count => pages.push(count),
    });
    expect(entities).toHaveLength(expectedCount);
    expect(pages.length).toBeGreaterThan(3);
  });

  it('fails clearly on a bad token, without echoing it', async () => {
    const attempt = fetchPortalEntities({
      baseUrl: portal.baseUrl,
      token: 'wrong-token-123',
    });
    await expect(attempt).rejects.toThrow(PortalError);
    await expect(attempt).rejects.toThrow(/401/);
    await expect(attempt).rejects.not.toThrow(/wrong-token-123/);
  });

  it('passes a secret whose owner and store are in the portal, and only with it', async () => {
    const alone = await runCliAsync(['--format', 'json', team.dir]);
    expect(alone.status).toBe(1);
    expect(JSON.parse(alone.stdout).problems.map((p: any) => p.ruleId)).toEqual(
      ['secrets/owner', 'secrets/store'],
    );

    const withPortal = await runCliAsync(
      ['--format', 'json', '--catalog-url', portal.baseUrl, team.dir],
      { env: { STAGECRAFT_TOKEN: portal.token } },
    );
    expect(withPortal.stderr).toBe('');
    expect(withPortal.status).toBe(0);
    expect(JSON.parse(withPortal.stdout).summary).toMatchObject({
      catalogScope: 'files+portal',
      portalEntities: expectedCount,
      errors: 0,
    });
  }, 120_000);
});

import path from 'path';
import fs from 'fs';
import request from 'supertest';
import { parseAllDocuments } from 'yaml';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { AlphaEntity } from '@backstage/catalog-model/alpha';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleSecrets from '@stagecraft/plugin-catalog-backend-module-secrets';
import catalogModulePipelines from '@stagecraft/plugin-catalog-backend-module-pipelines';

const repoRoot = path.resolve(__dirname, '../../..');
const catalogDir = path.join(repoRoot, 'catalog-info');

/** Every entity the example catalog declares, read straight from the YAML. */
function declaredEntityRefs(): string[] {
  const index = parseAllDocuments(
    fs.readFileSync(path.join(catalogDir, 'all.yaml'), 'utf8'),
  )[0].toJS();
  const files: string[] = index.spec.targets.map((t: string) =>
    path.join(catalogDir, t),
  );
  return files.flatMap(file =>
    parseAllDocuments(fs.readFileSync(file, 'utf8'))
      .map(doc => doc.toJS() as Entity)
      .filter(Boolean)
      .map(entity => stringifyEntityRef(entity)),
  );
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
    const { server } = await startTestBackend({
      features: [
        // The catalog as packages/backend runs it, with Stagecraft's catalog modules.
        catalogPlugin,
        catalogModuleSecrets,
        catalogModulePipelines,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [
                {
                  allow: [
                    'Component',
                    'System',
                    'API',
                    'Resource',
                    'Location',
                    'Domain',
                    'Group',
                    'User',
                  ],
                },
              ],
              locations: [
                { type: 'file', target: path.join(catalogDir, 'all.yaml') },
              ],
              processingInterval: { seconds: 1 },
            },
          },
        }),
      ],
    });

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
  }, 90_000);
});

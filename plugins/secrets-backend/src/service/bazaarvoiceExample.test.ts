import fs from 'fs';
import path from 'path';
import { mockCredentials } from '@backstage/backend-test-utils';
import {
  SecretReviewItem,
  SecretsReviewResponse,
} from '@stagecraft/plugin-secrets-common';
import request from 'supertest';
import { startCatalog, TestCatalog } from '@internal/stagecraft-test-utils';
import { secretsPlugin } from '../plugin';

jest.setTimeout(90_000);

// The YAML files secrets-common and the lint CLI judge too, and the review row
// secrets-common builds of them.
const FIXTURES_DIR = path.resolve(
  __dirname,
  '../../../secrets-common/src/rules/__fixtures__',
);
const EXAMPLE_DIR = path.join(FIXTURES_DIR, 'bazaarvoice');
const expectedRow: Pick<
  SecretReviewItem,
  'entityRef' | 'store' | 'remediationLinks' | 'dependents'
> = JSON.parse(
  fs.readFileSync(path.join(FIXTURES_DIR, 'bazaarvoiceReviewRow.json'), 'utf8'),
);

function exampleFiles(): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(EXAMPLE_DIR)
      .filter(file => file.endsWith('.yaml'))
      .map(file => [
        file,
        fs.readFileSync(path.join(EXAMPLE_DIR, file), 'utf8'),
      ]),
  );
}

describe("the Bazaarvoice security team's minimal example, through the real catalog", () => {
  let backend: TestCatalog;

  beforeAll(async () => {
    backend = await startCatalog({
      modules: ['portal-links'],
      files: exampleFiles(),
      expectedEntities: 5,
      features: [secretsPlugin],
    });
  });
  afterAll(() => backend?.stop());

  it('is compliant with no error and no warning, its store approved from its name', async () => {
    const res = await request(backend.server)
      .get('/api/secrets/secrets')
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
    const body: SecretsReviewResponse = res.body;

    expect(body.items).toHaveLength(1);
    const [item] = body.items;
    expect(item.entityRef).toBe('resource:default/reviews-api-db-password');
    expect(item.compliance.compliant).toBe(true);
    expect(
      item.compliance.findings.map(f => `${f.ruleId}/${f.severity}`),
    ).toEqual(['remediation-docs/info']);
    expect(item.store).toEqual(expectedRow.store);
    expect(item.remediationLinks).toEqual(expectedRow.remediationLinks);
    expect(item.dependents).toEqual(expectedRow.dependents);
    expect(body.summary).toMatchObject({
      total: 1,
      compliant: 1,
      nonCompliant: 0,
      noRemediationDocs: 0,
    });
  });
});

import { createMockDirectory } from '@backstage/backend-test-utils';
import request from 'supertest';
import { captureConsole } from '../__testUtils__/captureConsole';
import { fakeGithubToken } from '../__testUtils__/fakeSecrets';
import { startCatalog } from '@internal/stagecraft-test-utils';

jest.setTimeout(60_000);

describe('locations with credentials in the real catalog backend', () => {
  const mockDir = createMockDirectory();

  it('refuses to register, update or analyze them, and still registers clean ones', async () => {
    mockDir.setContent({ 'empty.yaml': '' });
    const token = fakeGithubToken();
    const logs = captureConsole();
    const backend = await startCatalog({
      locations: [mockDir.resolve('empty.yaml')],
      modules: ['secrets'],
      logLevel: 'debug',
    });
    try {
      const post = (path: string, body: object) =>
        request(backend.server).post(`/api/catalog${path}`).send(body);

      const userInfo = await post('/locations', {
        type: 'url',
        target: `https://user:${token}@github.com/org/repo/blob/main/catalog-info.yaml`,
      });
      expect(userInfo.status).toBe(400);
      expect(userInfo.body.error.message).toBe(
        'Location url:https://***@github.com/org/repo/blob/main/catalog-info.yaml carries credentials in its user-info; ' +
          'configure an integration token instead (integrations.<host> in app-config) and remove the credentials from the target',
      );

      const query = await post('/locations?dryRun=true', {
        type: 'url',
        target: `https://github.com/org/repo/blob/main/c.yaml?token=${token}`,
      });
      expect(query.status).toBe(400);
      expect(query.body.error.message).toContain(
        "carries credentials in its query parameter 'token'",
      );

      const analyze = await post('/analyze-location', {
        location: { type: 'url', target: `https://h/c.yaml?sig=${token}` },
      });
      expect(analyze.status).toBe(400);

      const clean = await post('/locations', {
        type: 'url',
        target: 'https://github.com/org/repo/blob/main/catalog-info.yaml',
      });
      expect(clean.status).toBe(201);
      const update = await request(backend.server)
        .put(`/api/catalog/locations/${clean.body.location.id}`)
        .send({
          type: 'url',
          target: `https://u:${token}@github.com/o/r/c.yaml`,
        });
      expect(update.status).toBe(400);

      const listed = await request(backend.server).get(
        '/api/catalog/locations',
      );
      expect(listed.status).toBe(200);
      expect(JSON.stringify(listed.body)).toContain(
        'org/repo/blob/main/catalog-info.yaml',
      );
      expect(JSON.stringify(listed.body)).not.toContain(token);
      expect(logs.text()).not.toContain(token);
    } finally {
      await backend.stop();
      logs.restore();
    }
  });

  it('fails start-up on an app-config location with credentials, naming it redacted', async () => {
    const token = fakeGithubToken();
    const logs = captureConsole();
    try {
      const error = await startCatalog({
        locations: [
          `https://github.com/org/repo/blob/main/c.yaml?access_token=${token}`,
        ],
        modules: ['secrets'],
        logLevel: 'debug',
      }).then(
        backend => backend.stop(),
        e => e,
      );
      expect(String(error)).toContain(
        "catalog.locations in app-config: Location url:https://github.com/org/repo/blob/main/c.yaml?*** carries credentials in its query parameter 'access_token'",
      );
      expect(String(error)).not.toContain(token);
      expect(logs.text()).not.toContain(token);
    } finally {
      logs.restore();
    }
  });
});

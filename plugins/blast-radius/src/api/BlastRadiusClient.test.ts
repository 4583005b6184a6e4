// A real HTTP server on loopback is the boundary this client talks to.
// eslint-disable-next-line no-restricted-imports
import http from 'http';
// eslint-disable-next-line no-restricted-imports
import { AddressInfo } from 'net';
import { clientApis } from '@internal/stagecraft-frontend-test-utils';
import { BlastRadiusClient } from './BlastRadiusClient';

describe('BlastRadiusClient', () => {
  let server: http.Server;
  let baseUrl: string;
  let status = 200;
  let body: unknown = {};
  const requests: { url?: string; authorization?: string }[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push({ url: req.url, authorization: req.headers.authorization });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise(resolve => server.close(resolve)));

  beforeEach(() => {
    requests.length = 0;
  });

  const client = () =>
    new BlastRadiusClient(clientApis({ baseUrl, fetch, token: 'user-token' }));

  it('asks the backend with the user token, leaving out default parameters', async () => {
    status = 200;
    body = { nodes: [] };
    await expect(
      client().getBlastRadius(
        { kind: 'Resource', namespace: 'default', name: 'aws secrets' },
        { direction: 'dependents', depth: 3, kinds: ['component', 'system'] },
      ),
    ).resolves.toEqual({ nodes: [] });
    expect(requests).toEqual([
      {
        url: '/api/blast-radius/entities/resource/default/aws%20secrets/blast-radius?depth=3&kinds=component%2Csystem',
        authorization: 'Bearer user-token',
      },
    ]);
  });

  it('rejects with the backend’s error', async () => {
    status = 404;
    body = {
      error: { name: 'NotFoundError', message: 'No entity named x' },
      request: { method: 'GET', url: '/' },
      response: { statusCode: 404 },
    };
    await expect(
      client().getBlastRadius({
        kind: 'component',
        namespace: 'default',
        name: 'x',
      }),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 404,
      body: { error: { message: 'No entity named x' } },
    });
  });
});

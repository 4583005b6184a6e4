import { clientApis } from '@internal/stagecraft-frontend-test-utils';
import { ResponseError } from '@backstage/errors';
import { makeReview, makeSecret } from '../__testUtils__/fixtures';
import { SecretsClient } from './SecretsClient';

/** Answers a request the way the backend would: the HTTP boundary of the client. */
type Handler = () => Response;

describe('SecretsClient', () => {
  const baseUrl = 'http://backend.example.com';
  let handler: Handler;
  const requests: { url?: string; authorization?: string | null }[] = [];

  // A fetch that records what reaches the network and answers with `handler`.
  const network = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push({
      url: request.url.replace(baseUrl, ''),
      authorization: request.headers.get('authorization'),
    });
    return handler();
  };

  beforeEach(() => {
    requests.length = 0;
  });

  const json =
    (status: number, body: unknown): Handler =>
    () =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      });

  const client = () =>
    new SecretsClient(
      clientApis({ baseUrl, fetch: network, token: 'user-token' }),
    );

  it('reads a page of the review with the user token, the query in the URL', async () => {
    const review = makeReview([makeSecret('a')]);
    handler = json(200, review);
    await expect(
      client().getReview({ owner: 'none', offset: 25, limit: 25 }),
    ).resolves.toEqual(review);
    expect(requests).toEqual([
      {
        url: '/api/secrets/secrets?owner=none&offset=25&limit=25',
        authorization: 'Bearer user-token',
      },
    ]);
  });

  it('reads the CSV of every row the filters match', async () => {
    handler = () =>
      new Response('entityRef\r\nresource:default/a\r\n', {
        status: 200,
        headers: { 'content-type': 'text/csv; charset=utf-8' },
      });
    await expect(
      client().getReviewCsv({ status: 'compliant', offset: 50, limit: 25 }),
    ).resolves.toBe('entityRef\r\nresource:default/a\r\n');
    expect(requests[0].url).toBe(
      '/api/secrets/secrets/export.csv?status=compliant',
    );
  });

  it('rejects a 403 with a ResponseError that carries the status', async () => {
    handler = json(403, {
      error: { name: 'NotAllowedError', message: 'Not allowed' },
      request: { method: 'GET', url: '/api/secrets/secrets' },
      response: { statusCode: 403 },
    });
    const error = await client()
      .getReview({})
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(403);
    expect(error.cause.message).toBe('Not allowed');
  });

  it.each([
    {
      what: 'one secret by its lower-cased, encoded ref',
      answer: makeSecret('reviews-api-key'),
      read: (c: SecretsClient) =>
        c.getSecret({
          kind: 'Resource',
          namespace: 'Default',
          name: 'Reviews-API-key',
        }),
      url: '/api/secrets/entities/resource/default/reviews-api-key/secrets',
    },
    {
      what: 'the secrets of an entity as a list',
      answer: [makeSecret('a'), makeSecret('b')],
      read: (c: SecretsClient) =>
        c.getSecretsOfEntity({
          kind: 'component',
          namespace: 'default',
          name: 'reviews api',
        }),
      url: '/api/secrets/entities/component/default/reviews%20api/secrets',
    },
    {
      what: 'the drift of every store',
      answer: { stores: [] },
      read: (c: SecretsClient) => c.getDrift(),
      url: '/api/secrets/drift',
    },
    {
      what: 'the drift trend of the last days',
      answer: { days: [] },
      read: (c: SecretsClient) => c.getDriftTrend(30),
      url: '/api/secrets/drift/trend?days=30',
    },
    {
      what: "an entity's drift by its lower-cased, encoded ref",
      answer: { secret: undefined },
      read: (c: SecretsClient) =>
        c.getEntityDrift({
          kind: 'Resource',
          namespace: 'default',
          name: 'Vault prod',
        }),
      url: '/api/secrets/entities/resource/default/vault%20prod/drift',
    },
  ])('reads $what', async ({ answer, read, url }) => {
    handler = json(200, answer);
    await expect(read(client())).resolves.toEqual(answer);
    expect(requests[0].url).toBe(url);
  });

  it('rejects a non-list answer for the secrets of an entity', async () => {
    handler = json(200, makeSecret('a'));
    await expect(
      client().getSecretsOfEntity({
        kind: 'component',
        namespace: 'default',
        name: 'api',
      }),
    ).rejects.toThrow('Expected a list of secrets for component:default/api');
  });

  it('rejects a server error with its status', async () => {
    handler = () =>
      new Response('bad gateway', {
        status: 502,
        headers: { 'content-type': 'text/plain' },
      });
    const error = await client()
      .getReview({})
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(502);
  });
});

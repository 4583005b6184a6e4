import { ResponseError } from '@backstage/errors';
import { MockFetchApi, mockApis } from '@backstage/test-utils';
import { fetchFromBackend } from './fetchFromBackend';

describe('fetchFromBackend', () => {
  const requests: {
    url: string;
    method: string;
    authorization: string | null;
  }[] = [];
  let answer: () => Response;

  const apis = {
    discoveryApi: mockApis.discovery({ baseUrl: 'http://backstage.test' }),
    fetchApi: new MockFetchApi({
      baseImplementation: async (input, init) => {
        const request = new Request(input, init);
        requests.push({
          url: request.url,
          method: request.method,
          authorization: request.headers.get('authorization'),
        });
        return answer();
      },
      injectIdentityAuth: { token: 'user-token' },
    }),
  };

  beforeEach(() => {
    requests.length = 0;
  });

  it('asks the discovered backend plugin with the user token and init', async () => {
    answer = () => new Response('{"ok":true}', { status: 200 });
    const response = await fetchFromBackend(apis, 'greeting', '/hello?x=1', {
      method: 'POST',
    });
    await expect(response.json()).resolves.toEqual({ ok: true });
    expect(requests).toEqual([
      {
        url: 'http://backstage.test/api/greeting/hello?x=1',
        method: 'POST',
        authorization: 'Bearer user-token',
      },
    ]);
  });

  it('passes on a 204 without reading a body', async () => {
    answer = () => new Response(null, { status: 204 });
    const response = await fetchFromBackend(apis, 'greeting', '/hello');
    expect(response.status).toBe(204);
    expect(requests[0].method).toBe('GET');
  });

  it('rejects an answer that is not OK with a ResponseError carrying the status and error', async () => {
    answer = () =>
      new Response(
        JSON.stringify({
          error: { name: 'NotFoundError', message: 'No such greeting' },
          request: { method: 'GET', url: '/api/greeting/hello' },
          response: { statusCode: 404 },
        }),
        { status: 404, headers: { 'content-type': 'application/json' } },
      );
    const error = await fetchFromBackend(apis, 'greeting', '/hello').catch(
      e => e,
    );
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.response.status).toBe(404);
    expect(error.body.error.message).toBe('No such greeting');
  });
});

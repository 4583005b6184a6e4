import { clientApis } from './clientApis';

describe('clientApis', () => {
  const seen: { url: string; authorization: string | null }[] = [];
  const network = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    seen.push({
      url: request.url,
      authorization: request.headers.get('authorization'),
    });
    return new Response('{}');
  };

  beforeEach(() => {
    seen.length = 0;
  });

  it("discovers a plugin's backend under the base URL and signs requests in with the token", async () => {
    const { discoveryApi, fetchApi } = clientApis({
      baseUrl: 'http://backend.example.com',
      fetch: network,
      token: 'user-token',
    });
    const base = await discoveryApi.getBaseUrl('secrets');
    expect(base).toBe('http://backend.example.com/api/secrets');
    await fetchApi.fetch(`${base}/secrets`);
    expect(seen).toEqual([
      {
        url: 'http://backend.example.com/api/secrets/secrets',
        authorization: 'Bearer user-token',
      },
    ]);
  });

  it('sends no authorization without a token', async () => {
    const { fetchApi } = clientApis({ baseUrl: 'http://b', fetch: network });
    await fetchApi.fetch('http://b/api/pipelines/x');
    expect(seen).toEqual([
      { url: 'http://b/api/pipelines/x', authorization: null },
    ]);
  });
});

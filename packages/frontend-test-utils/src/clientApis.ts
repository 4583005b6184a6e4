import {
  MockFetchApi,
  MockFetchApiOptions,
  mockApis,
} from '@backstage/test-utils';

type Fetch = Exclude<
  MockFetchApiOptions['baseImplementation'],
  undefined | 'none'
>;

/**
 * What a frontend client is constructed with in its tests: discovery answering
 * `<baseUrl>/api/<plugin>`, and a fetch API over `fetch` (the network boundary: a real
 * loopback server's `fetch`, or a fake answering as the backend would) that signs requests in
 * with `token` when given.
 */
export function clientApis(options: {
  baseUrl: string;
  fetch: Fetch;
  token?: string;
}) {
  return {
    discoveryApi: mockApis.discovery({ baseUrl: options.baseUrl }),
    fetchApi: new MockFetchApi({
      baseImplementation: options.fetch,
      injectIdentityAuth: options.token ? { token: options.token } : undefined,
    }),
  };
}

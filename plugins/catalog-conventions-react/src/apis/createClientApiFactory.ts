import {
  ApiFactory,
  ApiRef,
  createApiFactory,
  DiscoveryApi,
  discoveryApiRef,
  FetchApi,
  fetchApiRef,
} from '@backstage/core-plugin-api';

/**
 * The factory of `api`, implemented by a client of a Stagecraft backend that the app's
 * discovery and fetch APIs construct.
 *
 * @public
 */
export function createClientApiFactory<Api, Impl extends Api>(
  api: ApiRef<Api>,
  Client: new (options: {
    discoveryApi: DiscoveryApi;
    fetchApi: FetchApi;
  }) => Impl,
): ApiFactory<Api, Impl, { discoveryApi: DiscoveryApi; fetchApi: FetchApi }> {
  return createApiFactory({
    api,
    deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
    factory: ({ discoveryApi, fetchApi }) =>
      new Client({ discoveryApi, fetchApi }),
  });
}

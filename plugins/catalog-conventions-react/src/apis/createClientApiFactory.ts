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
 * The class of a client of a Stagecraft backend: constructed from the app's discovery and
 * fetch APIs.
 *
 * @public
 */
export type BackendClientClass<Impl> = new (options: {
  discoveryApi: DiscoveryApi;
  fetchApi: FetchApi;
}) => Impl;

/**
 * The factory of `api`, implemented by a client of a Stagecraft backend that the app's
 * discovery and fetch APIs construct.
 *
 * @public
 */
export function createClientApiFactory<Api, Impl extends Api>(
  api: ApiRef<Api>,
  Client: BackendClientClass<Impl>,
): ApiFactory<Api, Impl, { discoveryApi: DiscoveryApi; fetchApi: FetchApi }> {
  return createApiFactory({
    api,
    deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
    factory: ({ discoveryApi, fetchApi }) =>
      new Client({ discoveryApi, fetchApi }),
  });
}

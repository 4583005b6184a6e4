import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';

/**
 * Fetches `path` from the backend plugin `pluginId`, found by discovery; `fetchApi` adds the
 * user's Backstage token. An answer that is not OK rejects with a `ResponseError` carrying its
 * status and the backend's error body.
 *
 * @public
 */
export async function fetchFromBackend(
  apis: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  pluginId: string,
  path: string,
  init?: RequestInit,
): Promise<Response> {
  const baseUrl = await apis.discoveryApi.getBaseUrl(pluginId);
  const response = await apis.fetchApi.fetch(`${baseUrl}${path}`, init);
  if (!response.ok) {
    throw await ResponseError.fromResponse(response);
  }
  return response;
}

import {
  createApiRef,
  DiscoveryApi,
  discoveryApiRef,
  FetchApi,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { createClientApiFactory } from './createClientApiFactory';

interface GreetingApi {
  greetingUrl(): Promise<string>;
}

class GreetingClient implements GreetingApi {
  constructor(
    readonly options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  async greetingUrl() {
    return `${await this.options.discoveryApi.getBaseUrl('greeting')}/hello`;
  }
}

const greetingApiRef = createApiRef<GreetingApi>({ id: 'plugin.greeting' });

describe('createClientApiFactory', () => {
  const factory = createClientApiFactory(greetingApiRef, GreetingClient);

  it('provides the API from the discovery and fetch APIs', () => {
    expect(factory.api).toBe(greetingApiRef);
    expect(factory.deps).toEqual({
      discoveryApi: discoveryApiRef,
      fetchApi: fetchApiRef,
    });
  });

  it('builds the client with the app’s discovery and fetch APIs', async () => {
    const discoveryApi: DiscoveryApi = {
      getBaseUrl: async pluginId => `http://backstage.test/api/${pluginId}`,
    };
    const fetchApi: FetchApi = { fetch: jest.fn() };

    const client = factory.factory({ discoveryApi, fetchApi });

    expect(client).toBeInstanceOf(GreetingClient);
    expect(client.options).toEqual({
      discoveryApi,
      fetchApi,
    });
    expect(await client.greetingUrl()).toBe(
      'http://backstage.test/api/greeting/hello',
    );
  });
});

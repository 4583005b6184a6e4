import {
  createApiRef,
  DiscoveryApi,
  FetchApi,
} from '@backstage/core-plugin-api';
import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { createClientApiExtension } from './createClientApiExtension';

interface GreetingApi {
  greet(): string;
}

class GreetingClient implements GreetingApi {
  constructor(
    readonly options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  greet() {
    return 'hello';
  }
}

const greetingApiRef = createApiRef<GreetingApi>({ id: 'plugin.greeting' });

describe('createClientApiExtension', () => {
  it('is the unnamed API extension, so a plugin installs it as api:<plugin id>', () => {
    const plugin = createFrontendPlugin({
      pluginId: 'greeting',
      extensions: [createClientApiExtension(greetingApiRef, GreetingClient)],
    });

    expect(plugin.getExtension('api:greeting')).toMatchObject({
      kind: 'api',
      name: undefined,
      disabled: false,
    });
  });
});

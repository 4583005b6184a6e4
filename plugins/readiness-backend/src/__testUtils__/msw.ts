import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { setupServer, SetupServer } from 'msw/node';

/** msw for a test file that mocks outside hosts: a request without a handler fails the test. */
export function mockOutsideHosts(): SetupServer {
  const server = setupServer();
  registerMswTestHooks(server);
  return server;
}

/**
 * Starts msw for the test file: requests to the test backend on localhost
 * pass through, any other request without a handler fails the test, so no
 * test ever reaches a real outside host.
 */
export function registerMswWithLocalhost(server: SetupServer) {
  beforeAll(() =>
    server.listen({
      onUnhandledRequest(request, print) {
        const { hostname } = new URL(request.url);
        if (
          hostname === '127.0.0.1' ||
          hostname === 'localhost' ||
          hostname === '::1'
        ) {
          return;
        }
        print.error();
      },
    }),
  );
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

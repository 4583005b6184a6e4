import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';

/** What `startTestBackend` serves on: an HTTP server supertest can call. */
export type TestServer = Parameters<typeof request>[0];

/**
 * Requests to `server` carrying a signed-in user's credentials (or the
 * `header` given, e.g. `mockCredentials.service.header()`), as every
 * Stagecraft route requires.
 */
export function asUser(
  server: TestServer,
  header: string = mockCredentials.user.header(),
) {
  return {
    get: (path: string) =>
      request(server).get(path).set('Authorization', header),
    post: (path: string) =>
      request(server).post(path).set('Authorization', header),
    put: (path: string) =>
      request(server).put(path).set('Authorization', header),
    delete: (path: string) =>
      request(server).delete(path).set('Authorization', header),
  };
}

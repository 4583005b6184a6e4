import request from 'supertest';
import { mockCredentials } from '@backstage/backend-test-utils';

export const ALL_KINDS = [
  'Component',
  'System',
  'API',
  'Resource',
  'Location',
  'Domain',
  'Group',
  'User',
];

/** Polls until `fn` returns something, for the catalog's asynchronous processing. */
export async function eventually<T>(
  fn: () => Promise<T | undefined>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error('timed out waiting for the catalog');
    await new Promise(r => setTimeout(r, 250));
  }
}

export function get(server: Parameters<typeof request>[0], path: string) {
  return request(server)
    .get(path)
    .set('Authorization', mockCredentials.user.header());
}

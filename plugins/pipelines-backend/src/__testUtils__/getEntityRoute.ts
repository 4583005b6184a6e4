import { asUser, TestServer } from '@internal/stagecraft-test-utils';

/** GETs `/api/pipelines/entities/<entityPath>` as a user, expects 200 and returns the body. */
export async function getEntityRoute<T>(
  server: TestServer,
  entityPath: string,
): Promise<T> {
  const res = await asUser(server).get(`/api/pipelines/entities/${entityPath}`);
  expect(res.status).toBe(200);
  return res.body as T;
}

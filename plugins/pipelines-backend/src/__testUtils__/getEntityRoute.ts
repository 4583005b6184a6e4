import { asUser, TestServer } from '@internal/stagecraft-test-utils';
import { PipelineView, TimeRange } from '@stagecraft/plugin-pipelines-common';

/** GETs `/api/pipelines/entities/<entityPath>` as a user, expects 200 and returns the body. */
export async function getEntityRoute<T>(
  server: TestServer,
  entityPath: string,
): Promise<T> {
  const res = await asUser(server).get(`/api/pipelines/entities/${entityPath}`);
  expect(res.status).toBe(200);
  return res.body as T;
}

/** The pipeline view of the component `name` over `range`, as a user. */
export function getPipelineView(
  server: TestServer,
  name: string,
  range: TimeRange,
): Promise<PipelineView> {
  return getEntityRoute<PipelineView>(
    server,
    `component/default/${name}/pipeline?range=${range}`,
  );
}

import {
  asUser,
  eventually,
  TestServer,
} from '@internal/stagecraft-test-utils';
import { PipelineView } from '@stagecraft/plugin-pipelines-common';

/**
 * Waits until the pipelines backend draws every stage of the pipeline
 * component `name`: the catalog processes its YAML in the background.
 */
export function waitForWholePipeline(
  server: TestServer,
  name: string,
): Promise<PipelineView> {
  return eventually(`every stage of ${name}`, async () => {
    const res = await asUser(server).get(
      `/api/pipelines/entities/component/default/${name}/pipeline`,
    );
    const view = res.body as PipelineView;
    return res.status === 200 && view.stages.every(s => !s.missing)
      ? view
      : undefined;
  });
}

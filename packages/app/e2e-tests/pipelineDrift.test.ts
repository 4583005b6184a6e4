import { expect, test } from './portal';

/**
 * Issue 16: the pipeline tab shows the edges the YAML and AWS disagree on. Without AWS
 * config the AWS side is simulated (and says so): the event data pipeline's replayer keeps
 * a disabled mapping from its dead-letter queue (only in AWS), the recommendation
 * pipeline's affinity writer has lost its stream mapping (only in YAML) and its stream has a
 * replay consumer nobody declares (only in AWS, outside the pipeline).
 */
test('a pipeline page draws and lists its drift edges', async ({ page }) => {
  // The size of the README screenshots.
  await page.setViewportSize({ width: 1600, height: 1300 });

  await page.goto('/catalog/default/component/event-data-pipeline/pipeline');
  const awsOnly =
    'resource:default/events-dlq->component:default/event-replayer';
  const eventFlow = page.getByTestId('pipeline-flow');
  await expect(eventFlow.getByTestId(`drift-label-${awsOnly}`)).toHaveText(
    'only in AWS',
  );
  await expect(eventFlow.getByTestId(`edge-${awsOnly}`)).toHaveAttribute(
    'data-drift',
    'only-in-aws',
  );
  await expect(
    page
      .getByTestId('edge-drift')
      .getByTestId(`drift-row-only-in-aws-${awsOnly}`),
  ).toContainText('(Disabled) feeds event-replayer-prod');
  await page.screenshot({ path: '.test-results/pipeline-drift-aws.png' });

  await page.goto(
    '/catalog/default/component/recommendation-pipeline/pipeline',
  );
  const flow = page.getByTestId('pipeline-flow');
  const yamlOnly =
    'resource:default/reco-file-paths-stream->component:default/reco-affinity-writer';
  await expect(flow.getByTestId(`drift-label-${yamlOnly}`)).toHaveText(
    'only in YAML',
  );
  await expect(flow.getByTestId(`edge-${yamlOnly}`)).toHaveAttribute(
    'data-drift',
    'only-in-yaml',
  );
  await expect(page.getByTestId('drift-legend')).toBeVisible();
  const list = page.getByTestId('edge-drift');
  await expect(list.getByTestId('drift-simulated')).toHaveText('Simulated');
  await expect(
    list.getByTestId(`drift-row-only-in-yaml-${yamlOnly}`),
  ).toContainText('Recommendation file paths stream → User affinity writer');
  await expect(list).toContainText(
    'consumer reco-file-paths-prod-replay (not in this pipeline)',
  );
  await expect(list).toContainText('Create an event source mapping from');

  // The flow and the drift list, for the plugin README.
  const top = (await flow.boundingBox())!;
  const bottom = (await list.boundingBox())!;
  await page.screenshot({
    path: '.test-results/pipeline-drift.png',
    clip: {
      x: top.x - 16,
      y: top.y - 16,
      width: top.width + 32,
      height: bottom.y + bottom.height - top.y + 32,
    },
  });
});

import { expect, test } from './portal';

/**
 * Issue 16: the pipeline tab shows the edges the YAML and AWS disagree on. Without AWS
 * config the AWS side is simulated (and says so): the event data pipeline's processor has
 * lost its stream mapping (only in YAML), the recommendation loader keeps a disabled
 * mapping from its DLQ (only in AWS).
 */
test('a pipeline page draws and lists its drift edges', async ({ page }) => {
  // The size of the README screenshots.
  await page.setViewportSize({ width: 1600, height: 1300 });
  await page.goto(
    '/catalog/default/component/recommendation-pipeline/pipeline',
  );
  const flow = page.getByTestId('pipeline-flow');
  const awsOnly =
    'resource:default/reco-loader-dlq->component:default/reco-loader';
  await expect(flow.getByTestId(`drift-label-${awsOnly}`)).toHaveText(
    'only in AWS',
  );
  await expect(flow.getByTestId(`edge-${awsOnly}`)).toHaveAttribute(
    'data-drift',
    'only-in-aws',
  );
  await expect(page.getByTestId('drift-legend')).toBeVisible();
  const list = page.getByTestId('edge-drift');
  await expect(list.getByTestId('drift-simulated')).toHaveText('Simulated');
  await expect(
    list.getByTestId(`drift-row-only-in-aws-${awsOnly}`),
  ).toContainText('Recommendation loader DLQ → Recommendation loader');
  await expect(list).toContainText('(Disabled) feeds reco-loader-prod');
  await page.screenshot({ path: '.test-results/pipeline-drift-aws.png' });
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

  await page.goto('/catalog/default/component/event-data-pipeline/pipeline');
  const yamlOnly =
    'resource:default/raw-events-stream->component:default/event-processor';
  await expect(
    page.getByTestId('pipeline-flow').getByTestId(`drift-label-${yamlOnly}`),
  ).toHaveText('only in YAML');
  await expect(
    page
      .getByTestId('edge-drift')
      .getByTestId(`drift-row-only-in-yaml-${yamlOnly}`),
  ).toContainText('Create an event source mapping from');
  await page.screenshot({
    path: '.test-results/pipeline-drift-yaml.png',
    fullPage: true,
  });
});

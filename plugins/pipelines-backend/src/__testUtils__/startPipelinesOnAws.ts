import { startCatalog, TestCatalog } from '@internal/stagecraft-test-utils';
import pipelinesPlugin from '../index';
import { waitForWholePipeline } from './waitForWholePipeline';

/** The secret access key of every test account: it must never leave the backend. */
export const TEST_SECRET_ACCESS_KEY = 'test-secret-access-key-never-shown';

/** The answer (text, or a body as JSON) never holds the test accounts' secret access key. */
export function expectNoSecretAccessKey(answer: unknown) {
  expect(
    typeof answer === 'string' ? answer : JSON.stringify(answer),
  ).not.toContain(TEST_SECRET_ACCESS_KEY);
}

const account = '111122223333';
const arn = (service: string, resource: string) =>
  `arn:aws:${service}:eu-west-1:${account}:${resource}`;

/** The account test pipelines run in (eu-west-1), ARNs in it, and the orders pipeline's stream and queue. */
export const TEST_AWS = {
  account,
  arn,
  ordersStreamArn: arn('kinesis', 'stream/orders-prod'),
  ordersQueueArn: arn('sqs', 'orders-queue-prod'),
};

/** A stage of a test pipeline: a Resource or Component of `type`, with its ARN and flow annotations. */
export interface TestStage {
  /** e.g. `resource:default/orders-stream`; the kind says Resource or Component. */
  ref: string;
  type: string;
  arn: string;
  readsFrom?: string;
  writesTo?: string;
  /** More annotations, e.g. a threshold. */
  annotations?: Record<string, string>;
}

/**
 * A catalog file: the pipeline component `name` depending on every stage, then the stages,
 * all owned by `group:default/data`. JSON documents, which are YAML too.
 */
export function pipelineCatalog(
  name: string,
  stages: TestStage[],
  /** Annotations of the pipeline component itself, e.g. its expected peak. */
  pipelineAnnotations?: Record<string, string>,
): string {
  const owner = 'group:default/data';
  const entity = (
    kind: 'Component' | 'Resource',
    metadata: object,
    spec: object,
  ) =>
    JSON.stringify({
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata,
      spec: {
        ...spec,
        ...(kind === 'Component' ? { lifecycle: 'production' } : {}),
        owner,
      },
    });
  const pipeline = entity(
    'Component',
    pipelineAnnotations ? { name, annotations: pipelineAnnotations } : { name },
    { type: 'pipeline', dependsOn: stages.map(s => s.ref) },
  );
  const stageEntities = stages.map(stage => {
    const [kind, namespacedName] = stage.ref.split(':');
    const annotations: Record<string, string> = {
      'amazonaws.com/arn': stage.arn,
      ...stage.annotations,
    };
    if (stage.readsFrom)
      annotations['stagecraft.io/reads-from'] = stage.readsFrom;
    if (stage.writesTo) annotations['stagecraft.io/writes-to'] = stage.writesTo;
    return entity(
      kind === 'component' ? 'Component' : 'Resource',
      { name: namespacedName.split('/')[1], annotations },
      { type: stage.type },
    );
  });
  return [pipeline, ...stageEntities].join('\n---\n');
}

/**
 * The pipelines backend on the real catalog over `catalog`, with CloudWatch configured for
 * `accounts` (AWS itself mocked by the test), once the pipeline `pipeline` is drawn whole.
 */
export async function startPipelinesOnAws(options: {
  catalog: string;
  pipeline: string;
  accounts: string[];
  /** `stagecraft.pipelines` config. */
  pipelines?: Record<string, unknown>;
}): Promise<TestCatalog> {
  const backend = await startCatalog({
    files: { 'catalog.yaml': options.catalog },
    modules: ['portal-links'],
    features: [pipelinesPlugin],
    processingInterval: { milliseconds: 200 },
    config: {
      aws: {
        accounts: options.accounts.map((accountId, i) => ({
          accountId,
          // AKIAAAAA…, AKIABBBB…: shaped like real key ids, so redaction is tested too.
          accessKeyId: `AKIA${String.fromCharCode(65 + i).repeat(16)}`,
          secretAccessKey: TEST_SECRET_ACCESS_KEY,
        })),
      },
      ...(options.pipelines
        ? { stagecraft: { pipelines: options.pipelines } }
        : {}),
    },
  });
  await waitForWholePipeline(backend.server, options.pipeline);
  return backend;
}

/** The orders pipeline of `catalog` on the test account, where a slow AWS call is soon given up. */
export function startOrdersPipelineOnAws(catalog: string) {
  return startPipelinesOnAws({
    catalog,
    pipeline: 'orders-pipeline',
    accounts: [TEST_AWS.account],
    pipelines: {
      aws: { requestTimeoutMs: 300 },
      cloudwatch: { softTimeoutMs: 3_000, hardTimeoutMs: 5_000 },
    },
  });
}

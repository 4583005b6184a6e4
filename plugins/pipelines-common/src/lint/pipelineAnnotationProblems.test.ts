import { Entity } from '@backstage/catalog-model';
// The harness runs in tests only (a devDependency), never in the published package.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import { loadExampleCatalog } from '@internal/stagecraft-test-utils';
import {
  missingPipelineStages,
  pipelineAnnotationProblems,
} from './pipelineAnnotationProblems';

function entity(
  kind: string,
  type: string,
  annotations: Record<string, string> = {},
  spec: Record<string, unknown> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: 'stage', annotations },
    spec: { type, owner: 'team-a', ...spec },
  };
}

const ARN = 'amazonaws.com/arn';

describe('pipelineAnnotationProblems', () => {
  it('finds nothing wrong with the example catalog', () => {
    const problems = loadExampleCatalog().flatMap(e =>
      pipelineAnnotationProblems(e).map(
        p => `${e.metadata.name}: ${p.message}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('reports a monitored stage without an ARN on the ARN annotation', () => {
    expect(
      pipelineAnnotationProblems(entity('Resource', 'kinesis-stream')),
    ).toEqual([
      {
        ruleId: 'aws-target',
        field: `metadata.annotations["${ARN}"]`,
        message: `${ARN} is missing, so there are no live metrics`,
      },
    ]);
  });

  it('reports an ARN of the wrong service and a Roadie annotation without region on the annotation they name', () => {
    expect(
      pipelineAnnotationProblems(
        entity('Resource', 'sqs-queue', {
          [ARN]: 'arn:aws:kinesis:eu-west-1:123456789012:stream/clicks',
        }),
      ),
    ).toEqual([
      expect.objectContaining({
        ruleId: 'aws-target',
        field: `metadata.annotations["${ARN}"]`,
        message: expect.stringContaining('names an kinesis resource'),
      }),
    ]);
    expect(
      pipelineAnnotationProblems(
        entity('Component', 'lambda-function', {
          'aws.com/lambda-function-name': 'consumer',
        }),
      ),
    ).toEqual([
      expect.objectContaining({
        ruleId: 'aws-target',
        field: 'metadata.annotations["aws.com/lambda-function-name"]',
      }),
    ]);
  });

  it('reports unreadable flow refs and thresholds on their annotation', () => {
    const problems = pipelineAnnotationProblems(
      entity('Resource', 's3-bucket', {
        'stagecraft.io/reads-from': 'resource:default/ok, Not A Ref!',
        'stagecraft.io/threshold-iterator-age-ms': '5000/100',
        'stagecraft.io/threshold-unknown': '1',
      }),
    );
    expect(problems.map(p => [p.ruleId, p.field])).toEqual([
      ['flow-ref', 'metadata.annotations["stagecraft.io/reads-from"]'],
      [
        'threshold',
        'metadata.annotations["stagecraft.io/threshold-iterator-age-ms"]',
      ],
      ['threshold', 'metadata.annotations["stagecraft.io/threshold-unknown"]'],
    ]);
    expect(problems[1].message).toContain('warning (5000) is above critical');
  });

  it("checks a pipeline's stage list, and only a pipeline's", () => {
    const pipeline = entity('Component', 'pipeline', {}, { dependsOn: [] });
    expect(pipelineAnnotationProblems(pipeline)).toEqual([
      {
        ruleId: 'stages',
        field: 'spec.dependsOn',
        message: 'spec.dependsOn lists no stages',
      },
    ]);
    expect(
      pipelineAnnotationProblems(
        entity('Component', 'service', {}, { dependsOn: [] }),
      ),
    ).toEqual([]);
  });
});

describe('missingPipelineStages', () => {
  it('names each listed stage the catalog does not hold', () => {
    const pipeline = entity(
      'Component',
      'pipeline',
      {},
      { dependsOn: ['resource:clicks', 'component:gone'] },
    );
    const known = new Set(['resource:default/clicks']);
    expect(missingPipelineStages(pipeline, ref => known.has(ref))).toEqual([
      {
        ruleId: 'stage-exists',
        field: 'spec.dependsOn[1]',
        message:
          'component:default/gone is listed in spec.dependsOn but is not in the catalog',
      },
    ]);
  });
});

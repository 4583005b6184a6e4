import { writeCatalogFiles } from '@internal/stagecraft-test-utils';
import { lintFiles } from './lintFiles';
import path from 'node:path';

const stage = (name: string, annotations: string[]) =>
  [
    'apiVersion: backstage.io/v1alpha1',
    'kind: Resource',
    'metadata:',
    `  name: ${name}`,
    '  annotations:',
    ...annotations.map(line => `    ${line}`),
    'spec:',
    '  type: kinesis-stream',
    '  lifecycle: experimental',
    '  owner: team-a',
    '',
  ].join('\n');

const pipeline = (stages: string[]) =>
  [
    'apiVersion: backstage.io/v1alpha1',
    'kind: Component',
    'metadata:',
    '  name: clicks-pipeline',
    'spec:',
    '  type: pipeline',
    '  lifecycle: experimental',
    '  owner: team-a',
    '  dependsOn:',
    ...stages.map(ref => `    - ${ref}`),
    '',
  ].join('\n');

async function lint(files: Record<string, string>, catalogRules = true) {
  const { dir, remove } = writeCatalogFiles(files);
  try {
    const report = await lintFiles(
      Object.keys(files).map(name => path.join(dir, name)),
      { cwd: dir, catalogRules },
    );
    return report.problems.filter(p => p.ruleId.startsWith('pipelines/'));
  } finally {
    remove();
  }
}

describe('pipeline rules', () => {
  it('accepts a pipeline whose stages exist and are annotated', async () => {
    const problems = await lint({
      'stream.yaml': stage('clicks', [
        'amazonaws.com/arn: arn:aws:kinesis:eu-west-1:123456789012:stream/clicks',
      ]),
      'pipeline.yaml': pipeline(['resource:clicks']),
    });
    expect(problems).toEqual([]);
  });

  it('warns on the annotation line of a malformed ARN and threshold', async () => {
    const problems = await lint({
      'stream.yaml': stage('clicks', [
        'amazonaws.com/arn: arn:aws:kinesis:eu-west-1:stream/clicks',
        "stagecraft.io/threshold-iterator-age-ms: '5000/100'",
      ]),
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'stream.yaml',
        line: 6,
        entity: 'resource:default/clicks',
        ruleId: 'pipelines/aws-target',
        severity: 'warning',
        field: 'metadata.annotations["amazonaws.com/arn"]',
      }),
      expect.objectContaining({
        line: 7,
        ruleId: 'pipelines/threshold',
        field:
          'metadata.annotations["stagecraft.io/threshold-iterator-age-ms"]',
      }),
    ]);
  });

  it('reports a stage missing from the catalog only with the catalog rules', async () => {
    const files = { 'pipeline.yaml': pipeline(['resource:default/gone']) };
    expect(await lint(files)).toEqual([
      expect.objectContaining({
        line: 10,
        field: 'spec.dependsOn[0]',
        ruleId: 'pipelines/stage-exists',
        message: expect.stringContaining('resource:default/gone'),
      }),
    ]);
    expect(await lint(files, false)).toEqual([]);
  });
});

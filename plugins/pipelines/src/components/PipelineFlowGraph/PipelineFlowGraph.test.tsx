import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { edgeDrift, stages, view } from '../../__testUtils__/fixtures';
import { PipelineFlowGraph } from './PipelineFlowGraph';

const edge = (key: string) =>
  screen
    .getByTestId('pipeline-flow')
    .querySelector(`[data-testid="edge-${key}"]`);

describe('PipelineFlowGraph', () => {
  it('draws edges only in AWS and only in YAML dashed, in their own colours, labelled', async () => {
    await renderInTestApp(
      <PipelineFlowGraph view={view} onSelect={() => {}} drift={edgeDrift} />,
    );
    const awsOnly = edge(
      'resource:default/staging-stream->component:default/event-processor',
    )!;
    const yamlOnly = edge(
      'resource:default/raw-events-stream->component:default/event-processor',
    )!;
    const declared = edge(
      'component:default/event-processor->resource:default/events-lake-bucket',
    )!;
    expect(awsOnly.getAttribute('data-drift')).toBe('only-in-aws');
    expect(awsOnly.getAttribute('stroke-dasharray')).toBe('9 5');
    expect(yamlOnly.getAttribute('data-drift')).toBe('only-in-yaml');
    expect(yamlOnly.getAttribute('stroke-dasharray')).toBe('3 4');
    expect(awsOnly.getAttribute('stroke')).not.toBe(
      yamlOnly.getAttribute('stroke'),
    );
    expect(declared.getAttribute('data-drift')).toBeNull();
    expect(declared.getAttribute('stroke-dasharray')).toBeNull();
    expect(
      screen.getByTestId(
        'drift-label-resource:default/staging-stream->component:default/event-processor',
      ),
    ).toHaveTextContent('only in AWS');
    expect(
      screen.getByTestId(
        'drift-label-resource:default/raw-events-stream->component:default/event-processor',
      ),
    ).toHaveTextContent('only in YAML');
  });

  it('draws only the declared edges without drift', async () => {
    await renderInTestApp(
      <PipelineFlowGraph view={view} onSelect={() => {}} />,
    );
    expect(
      edge(
        'resource:default/staging-stream->component:default/event-processor',
      ),
    ).toBeNull();
    expect(screen.queryAllByText(/only in/)).toEqual([]);
  });

  it('names a stage of a type it has no label for in words, not as its spec.type', async () => {
    const alarm = {
      ...stages[3],
      ref: 'resource:default/writer-backlog-alarm',
      name: 'writer-backlog-alarm',
      title: 'Writer backlog alarm',
      stageType: undefined,
      specType: 'cloudwatch-alarm',
    };
    await renderInTestApp(
      <PipelineFlowGraph
        view={{ ...view, stages: [...stages, alarm] }}
        onSelect={() => {}}
      />,
    );
    expect(screen.getByTestId('stage-writer-backlog-alarm')).toHaveTextContent(
      /^cloudwatch alarmWriter backlog alarm/,
    );
  });
});

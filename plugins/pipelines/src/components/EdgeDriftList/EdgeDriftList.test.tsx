import { render, screen, within } from '@testing-library/react';
import { edgeDrift } from '../../__testUtils__/fixtures';
import { EdgeDriftList } from './EdgeDriftList';

describe('EdgeDriftList', () => {
  it('lists each drifted edge with its side, evidence and fix, says simulated, and names unknown stages', () => {
    render(<EdgeDriftList drift={edgeDrift} />);
    expect(screen.getByTestId('drift-simulated')).toHaveTextContent(
      'Simulated',
    );
    const awsOnly = screen.getByTestId(
      'drift-row-only-in-aws-resource:default/staging-stream->component:default/event-processor',
    );
    expect(awsOnly).toHaveTextContent('only in AWS');
    expect(awsOnly).toHaveTextContent('Staging stream → Event processor');
    expect(awsOnly).toHaveTextContent(
      'Event source mapping esm-1234 (Disabled) feeds event-processor-prod',
    );
    expect(awsOnly).toHaveTextContent(
      'or delete event source mapping esm-1234',
    );
    const consumer = screen.getByTestId(
      'drift-row-only-in-aws-resource:default/raw-events-stream->consumer raw-events-prod-replay',
    );
    expect(consumer).toHaveTextContent(
      'consumer raw-events-prod-replay (not in this pipeline)',
    );
    const yamlOnly = screen.getByTestId(
      'drift-row-only-in-yaml-resource:default/raw-events-stream->component:default/event-processor',
    );
    expect(within(yamlOnly).getByText('only in YAML')).toBeInTheDocument();
    expect(yamlOnly).toHaveTextContent(
      'Create an event source mapping from arn:aws:kinesis:eu-west-1:111122223333:stream/raw-events-prod',
    );
    expect(screen.getByTestId('drift-unknown')).toHaveTextContent(
      'Staging stream: unknown — AccessDenied for account 444455556666 in eu-west-1 (kinesis:ListStreamConsumers): nope',
    );
  });

  it('says the sides agree when there is no drift, and nothing of simulation for AWS', () => {
    render(
      <EdgeDriftList
        drift={{
          ...edgeDrift,
          source: 'cloudwatch',
          onlyInAws: [],
          onlyInYaml: [],
          unknownStages: [],
        }}
      />,
    );
    expect(screen.getByTestId('drift-none')).toHaveTextContent(
      'AWS reports the edges the YAML declares for all 2 checked stages.',
    );
    expect(screen.queryByTestId('drift-simulated')).toBeNull();
    expect(screen.queryByTestId('drift-unknown')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

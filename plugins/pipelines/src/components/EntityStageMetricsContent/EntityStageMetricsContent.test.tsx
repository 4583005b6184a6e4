import { screen, within } from '@testing-library/react';
import { lambdaEntity } from '../../__testUtils__/fixtures';
import { renderOnEntityPage } from '../../__testUtils__/renderOnEntityPage';
import { EntityStageMetricsContent } from './EntityStageMetricsContent';

describe('EntityStageMetricsContent', () => {
  it('charts every Lambda metric and shows its live configuration', async () => {
    await renderOnEntityPage(<EntityStageMetricsContent />, lambdaEntity);
    expect(await screen.findByTestId('chart-invocations')).toHaveTextContent(
      'latest 400',
    );
    expect(screen.getByTestId('chart-errors-throttles')).toBeInTheDocument();
    expect(
      screen.getByTestId('chart-durationP50-durationP99-durationMax'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('chart-iteratorAgeMs')).toBeInTheDocument();
    expect(screen.getByTestId('health-reason')).toHaveTextContent(
      'Iterator age 9m 50s',
    );
    expect(screen.getByTestId('simulated-notice')).toBeInTheDocument();

    const config = await screen.findByTestId('live-config');
    expect(within(config).getByText('1024 MB')).toBeInTheDocument();
    expect(within(config).getByText('25')).toBeInTheDocument();
    const mappings = screen.getByTestId('event-source-mappings');
    expect(mappings).toHaveTextContent('raw-events-prod');
    expect(mappings).toHaveTextContent('batch 500 ×4 in parallel');
    expect(mappings).toHaveTextContent('events-dlq-prod');
  });
});

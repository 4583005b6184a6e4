import { screen, within } from '@testing-library/react';
import {
  capacityReport,
  failingApi,
  fakeApi,
  pipelineEntity,
} from '../../__testUtils__/fixtures';
import { renderOnEntityPage } from '../../__testUtils__/renderOnEntityPage';
import { PipelinesApi } from '../../api';
import { EntityCapacityCard } from './EntityCapacityCard';

const renderCard = (api: PipelinesApi) =>
  renderOnEntityPage(<EntityCapacityCard />, pipelineEntity, api);

describe('EntityCapacityCard', () => {
  it('lists each check with its arithmetic, failures first, labelled Simulated', async () => {
    const { api, calls } = fakeApi();
    await renderCard(api);
    expect(await screen.findByText('1 of 3 checks fail')).toBeInTheDocument();
    expect(
      screen.getByText('Simulated ·', { exact: false }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Expected peak 4,000 records/s of 1,024 B, with 1.2× headroom',
      ),
    ).toBeInTheDocument();
    const items = screen.getAllByTestId('capacity-check');
    expect(
      items.map(item =>
        item.querySelector('[data-verdict]')?.getAttribute('data-verdict'),
      ),
    ).toEqual(['fail', 'unknown', 'pass']);
    expect(items[0]).toHaveTextContent(
      'Lambda event-processor-prod: needs 1,440 concurrent executions at 4,000 records/s × 300 ms p99 × 1.2 headroom; reserved 500',
    );
    expect(
      within(items[0]).getByText(
        /Reserve at least 1,440 concurrent executions/,
      ),
    ).toBeInTheDocument();
    expect(calls).toEqual(['capacity event-data-pipeline']);
  });

  it('says what went wrong when the backend fails', async () => {
    await renderCard(
      failingApi('getCapacity', 'pipelines backend unavailable').api,
    );
    expect(
      await screen.findByText('Error: pipelines backend unavailable', {
        selector: 'h6',
      }),
    ).toBeInTheDocument();
  });

  it('says so when the source is AWS: no Simulated label', async () => {
    await renderCard(
      fakeApi({
        getCapacity: async () => ({ ...capacityReport, source: 'cloudwatch' }),
      }).api,
    );
    expect(await screen.findByText('1 of 3 checks fail')).toBeInTheDocument();
    expect(screen.queryByText('Simulated ·', { exact: false })).toBeNull();
  });
});

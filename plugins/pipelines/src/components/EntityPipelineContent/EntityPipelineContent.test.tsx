import {
  act,
  fireEvent,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import { FakeSignalApi } from '@internal/stagecraft-frontend-test-utils';
import {
  failingApi,
  fakeApi,
  pipelineEntity,
} from '../../__testUtils__/fixtures';
import { renderOnEntityPage } from '../../__testUtils__/renderOnEntityPage';
import { EntityPipelineContent } from './EntityPipelineContent';
import { spreadDelayMs } from '../../hooks/spreadDelay';

jest.mock('../../hooks/spreadDelay', () => ({ spreadDelayMs: jest.fn() }));

const renderTab = (api = fakeApi().api, signals?: FakeSignalApi) =>
  renderOnEntityPage(<EntityPipelineContent />, pipelineEntity, api, signals);

/**
 * The tab in a portal running the signals plugin, drawn, with the spreading delay before a
 * load fixed at `delayMs`; `views` counts the 3h view's loads.
 */
async function renderListening(delayMs: number) {
  const { api, calls } = fakeApi();
  const signals = new FakeSignalApi();
  jest.mocked(spreadDelayMs).mockReturnValue(delayMs);
  await renderTab(api, signals);
  await screen.findByTestId('pipeline-flow');
  const views = () =>
    calls.filter(c => c === 'view event-data-pipeline 3h').length;
  return { calls, signals, views };
}

describe('EntityPipelineContent', () => {
  it('draws every stage with its health, says simulated and when it refreshed', async () => {
    await renderTab();
    const flow = await screen.findByTestId('pipeline-flow');
    expect(within(flow).getByTestId('stage-event-processor')).toHaveTextContent(
      'Event processor',
    );
    expect(
      within(within(flow).getByTestId('stage-event-processor')).getByText(
        'Critical',
      ),
    ).toBeInTheDocument();
    expect(
      within(flow).getByTestId('stage-events-lake-bucket'),
    ).toHaveTextContent('No live metrics');
    expect(
      flow.querySelector(
        '[data-testid="edge-resource:default/raw-events-stream->component:default/event-processor"]',
      ),
    ).not.toBeNull();
    expect(screen.getByTestId('simulated-notice')).toHaveTextContent(
      'Simulated data',
    );
    expect(screen.getAllByTestId('last-refreshed')[0]).toHaveTextContent(
      /Last refreshed \d+ s ago · updates every 5 min · source: simulated/,
    );
  });

  it('loads again when the backend signals a new window for its range, instead of polling', async () => {
    const { calls, signals, views } = await renderListening(0);
    expect(screen.getAllByTestId('last-refreshed')[0]).toHaveTextContent(
      /updates when new data is in/,
    );
    const stageMetrics = () =>
      calls.filter(c => c === 'metrics event-processor 3h').length;
    await waitFor(() => expect(stageMetrics()).toBe(1));
    expect(views()).toBe(1);

    // Another range's window, or another entity's channel: nothing to load.
    act(() =>
      signals.signal(
        'pipelines:metrics:component:default/event-data-pipeline',
        {
          range: '1h',
          windowEnd: 1,
        },
      ),
    );
    act(() =>
      signals.signal('pipelines:metrics:component:default/other-pipeline', {
        range: '3h',
        windowEnd: 1,
      }),
    );
    await new Promise(r => setTimeout(r, 50));
    expect(views()).toBe(1);

    act(() =>
      signals.signal(
        'pipelines:metrics:component:default/event-data-pipeline',
        {
          range: '3h',
          windowEnd: 2,
        },
      ),
    );
    await waitFor(() => expect(views()).toBe(2));
    // The same window announced again (by another replica): loaded once.
    act(() =>
      signals.signal(
        'pipelines:metrics:component:default/event-data-pipeline',
        {
          range: '3h',
          windowEnd: 2,
        },
      ),
    );
    await new Promise(r => setTimeout(r, 50));
    expect(views()).toBe(2);
    act(() =>
      signals.signal('pipelines:metrics:component:default/event-processor', {
        range: '3h',
        windowEnd: 2,
      }),
    );
    await waitFor(() => expect(stageMetrics()).toBe(2));
  });

  it('loads a new window once even when it is announced again during the spreading delay', async () => {
    const { signals, views } = await renderListening(100);
    expect(views()).toBe(1);

    const announce = () =>
      act(() =>
        signals.signal(
          'pipelines:metrics:component:default/event-data-pipeline',
          { range: '3h', windowEnd: 3 },
        ),
      );
    announce();
    announce(); // by another replica, before the first announcement's load
    await waitFor(() => expect(views()).toBe(2));
    await new Promise(r => setTimeout(r, 300));
    expect(views()).toBe(2);
  });

  it('names stale stages and the AWS error instead of hiding them', async () => {
    await renderTab();
    const notice = await screen.findByTestId('stale-notice');
    expect(notice).toHaveTextContent(
      'Staging stream: showing data from 4 min ago (stale). AccessDenied for account 444455556666 in eu-west-1',
    );
    expect(screen.getByTestId('stage-staging-stream')).toHaveTextContent(
      'stale 4 min',
    );
  });

  it('opens on the stage in the worst state and switches when another is clicked', async () => {
    const { api, calls } = fakeApi();
    await renderTab(api);
    const details = await screen.findByTestId('stage-details');
    expect(details).toHaveTextContent('Event processor');
    await waitFor(() => expect(calls).toContain('metrics event-processor 3h'));
    expect(await within(details).findByText('Duration')).toBeInTheDocument();

    fireEvent.click(screen.getByTestId('stage-raw-events-stream'));
    await waitFor(() =>
      expect(calls).toContain('metrics raw-events-stream 3h'),
    );
    expect(await screen.findByText('Throughput exceeded')).toBeInTheDocument();
  });

  it('asks for the chosen time range', async () => {
    const { api, calls } = fakeApi();
    await renderTab(api);
    await screen.findByTestId('pipeline-flow');
    fireEvent.click(screen.getByRole('button', { name: '7d' }));
    await waitFor(() => expect(calls).toContain('view event-data-pipeline 7d'));
    await waitFor(() => expect(calls).toContain('metrics event-processor 7d'));
  });

  it('draws and lists the edges YAML and AWS disagree on', async () => {
    const { api, calls } = fakeApi();
    await renderTab(api);
    const list = await screen.findByTestId('edge-drift');
    expect(calls).toContain('drift event-data-pipeline');
    expect(within(list).getByTestId('drift-simulated')).toBeInTheDocument();
    expect(within(list).getAllByText('only in AWS')).toHaveLength(2);
    expect(within(list).getByText('only in YAML')).toBeInTheDocument();
    expect(screen.getByTestId('drift-legend')).toBeInTheDocument();
    expect(
      screen.getByTestId(
        'drift-label-resource:default/staging-stream->component:default/event-processor',
      ),
    ).toHaveTextContent('only in AWS');
  });

  it('keeps the flow when the drift cannot be had', async () => {
    await renderTab(failingApi('getEdgeDrift', 'Service Unavailable').api);
    expect(await screen.findByTestId('drift-error')).toHaveTextContent(
      'Could not compare the YAML with AWS: Service Unavailable',
    );
    expect(screen.getByTestId('pipeline-flow')).toBeInTheDocument();
    expect(screen.queryByTestId('drift-legend')).toBeNull();
  });

  it('shows the backend error when the view cannot be loaded', async () => {
    await renderTab(
      failingApi('getPipelineView', 'component:default/x is not a pipeline')
        .api,
    );
    expect(
      (await screen.findAllByText(/is not a pipeline/)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByTestId('pipeline-flow')).toBeNull();
  });
});

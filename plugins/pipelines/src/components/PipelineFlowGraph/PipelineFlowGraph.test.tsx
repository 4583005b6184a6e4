import { act, fireEvent, screen } from '@testing-library/react';
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

  describe('wider than its card', () => {
    // Five stages in a row: 1112px wide, drawn at the 64% floor (712px) in a 400px card,
    // where the first two stages are wholly in view.
    const bucket = (i: number) => ({
      ...stages[3],
      ref: `resource:default/bucket-${i}`,
      name: `bucket-${i}`,
      title: `Bucket ${i}`,
    });
    const row = {
      ...view,
      stages: [0, 1, 2, 3, 4].map(bucket),
      edges: [0, 1, 2, 3].map(i => ({
        from: bucket(i).ref,
        to: bucket(i + 1).ref,
      })),
    };
    const setBox = (
      element: HTMLElement,
      box: { clientWidth: number; scrollWidth: number; scrollLeft: number },
    ) => {
      for (const [name, value] of Object.entries(box)) {
        Object.defineProperty(element, name, { value, configurable: true });
      }
    };
    const hint = () => screen.queryByRole('button', { name: /^Scroll for/ });

    // setupTests' ResizeObserver never calls back; this one calls back when told to.
    const stubResizeObserver = globalThis.ResizeObserver;
    const sizeWatchers = new Set<() => void>();
    const resize = () => act(() => sizeWatchers.forEach(watcher => watcher()));
    beforeEach(() => {
      globalThis.ResizeObserver = class {
        constructor(private readonly callback: ResizeObserverCallback) {}
        private readonly watcher = () => this.callback([], this);
        observe() {
          sizeWatchers.add(this.watcher);
        }
        unobserve() {}
        disconnect() {
          sizeWatchers.delete(this.watcher);
        }
      };
    });
    afterEach(() => {
      globalThis.ResizeObserver = stubResizeObserver;
      sizeWatchers.clear();
    });

    it('fades the edges that hide stages and says how many more there are, until scrolled to the end', async () => {
      await renderInTestApp(
        <PipelineFlowGraph view={row} onSelect={() => {}} />,
      );
      const flow = screen.getByRole('region', {
        name: 'Flow of Event data pipeline',
      });
      expect(flow).toBe(screen.getByTestId('pipeline-flow'));
      expect(hint()).toBeNull();
      expect(flow).not.toHaveAttribute('tabindex');

      setBox(flow, { clientWidth: 400, scrollWidth: 712, scrollLeft: 0 });
      resize();
      expect(hint()).toHaveTextContent('Scroll for 3 more stages →');
      expect(screen.getByTestId('pipeline-flow-fade-right')).toBeVisible();
      expect(screen.queryByTestId('pipeline-flow-fade-left')).toBeNull();
      expect(flow).toHaveAttribute('tabindex', '0');

      const scrollBy = jest.fn();
      Object.defineProperty(flow, 'scrollBy', { value: scrollBy });
      fireEvent.click(hint()!);
      expect(scrollBy).toHaveBeenCalledWith({ left: 320, behavior: 'smooth' });

      setBox(flow, { clientWidth: 400, scrollWidth: 712, scrollLeft: 200 });
      fireEvent.scroll(flow);
      expect(hint()).toHaveTextContent('Scroll for 1 more stage →');
      expect(screen.getByTestId('pipeline-flow-fade-left')).toBeVisible();

      setBox(flow, { clientWidth: 400, scrollWidth: 712, scrollLeft: 312 });
      fireEvent.scroll(flow);
      expect(hint()).toBeNull();
      expect(screen.queryByTestId('pipeline-flow-fade-right')).toBeNull();
      expect(screen.getByTestId('pipeline-flow-fade-left')).toBeVisible();
    });

    it('shows no cue once the window makes the card wide enough, without a ResizeObserver', async () => {
      delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver;
      await renderInTestApp(
        <PipelineFlowGraph view={row} onSelect={() => {}} />,
      );
      const flow = screen.getByTestId('pipeline-flow');
      setBox(flow, { clientWidth: 400, scrollWidth: 712, scrollLeft: 0 });
      fireEvent(window, new Event('resize'));
      expect(hint()).not.toBeNull();

      setBox(flow, { clientWidth: 1200, scrollWidth: 1200, scrollLeft: 0 });
      fireEvent(window, new Event('resize'));
      expect(hint()).toBeNull();
      expect(screen.queryByTestId('pipeline-flow-fade-right')).toBeNull();
      expect(flow).not.toHaveAttribute('tabindex');
    });
  });
});

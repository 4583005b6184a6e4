import { view } from '../../__testUtils__/fixtures';
import { flowOrder, selectStage } from './selectStage';

describe('selectStage', () => {
  it('prefers the stage in the URL, then the worst one', () => {
    expect(selectStage(view, 'resource:default/raw-events-stream')).toBe(
      'resource:default/raw-events-stream',
    );
    expect(selectStage(view, 'resource:default/not-in-this-pipeline')).toBe(
      'component:default/event-processor',
    );
  });

  it('falls back to the first monitored stage when all is well', () => {
    const calm = {
      ...view,
      stages: view.stages.map(s => ({
        ...s,
        health: { state: 'ok' as const, reasons: [] },
      })),
    };
    expect(selectStage(calm)).toBe('resource:default/raw-events-stream');
  });
});

describe('flowOrder', () => {
  it('puts sources first and survives cycles', () => {
    const stage = (ref: string) => ({ ...view.stages[0], ref });
    expect(
      flowOrder({
        stages: ['c', 'b', 'a', 'loop'].map(stage),
        edges: [
          { from: 'a', to: 'b' },
          { from: 'b', to: 'c' },
          { from: 'c', to: 'loop' },
          { from: 'loop', to: 'c' },
        ],
      }),
    ).toEqual(['a', 'b', 'c', 'loop']);
  });
});

import { edgeDrift, stages } from '../../__testUtils__/fixtures';
import { drawnDrift } from './driftEdges';

describe('drawnDrift', () => {
  it('draws edges between stages on the page, adding those only in AWS', () => {
    const { extraEdges, sideOf } = drawnDrift(
      stages.map(s => s.ref),
      edgeDrift,
    );
    expect(extraEdges).toEqual([
      {
        from: 'resource:default/staging-stream',
        to: 'component:default/event-processor',
      },
    ]);
    expect([...sideOf]).toEqual([
      [
        'resource:default/staging-stream->component:default/event-processor',
        'only-in-aws',
      ],
      [
        'resource:default/raw-events-stream->component:default/event-processor',
        'only-in-yaml',
      ],
    ]);
  });

  it('leaves out edges to a stage that is not shown', () => {
    const { extraEdges, sideOf } = drawnDrift(
      ['resource:default/raw-events-stream'],
      edgeDrift,
    );
    expect(extraEdges).toEqual([]);
    expect(sideOf.size).toBe(0);
  });
});

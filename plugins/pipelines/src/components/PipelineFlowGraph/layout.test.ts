import { edgePath, layoutFlow } from './layout';

describe('layoutFlow', () => {
  const ids = ['producer', 'stream', 'fn', 'sink'];
  const edges = [
    { from: 'producer', to: 'stream' },
    { from: 'stream', to: 'fn' },
    { from: 'fn', to: 'sink' },
  ];

  it('places stages left to right in the order data flows, without overlaps', () => {
    const layout = layoutFlow(ids, edges, { nodeWidth: 200, nodeHeight: 80 });
    const xs = ids.map(id => layout.nodes.get(id)!.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    for (let i = 1; i < xs.length; i++)
      expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(200);
    expect(layout.width).toBeGreaterThanOrEqual(4 * 200);
    expect(layout.edges).toHaveLength(3);
    expect(layout.edges[0].points.length).toBeGreaterThanOrEqual(2);
  });

  it('copes with cycles, self-references and isolated stages', () => {
    const layout = layoutFlow(
      ['loader', 'topic', 'lonely'],
      [
        { from: 'loader', to: 'topic' },
        { from: 'topic', to: 'loader' },
        { from: 'loader', to: 'loader' },
        { from: 'loader', to: 'not-a-stage' },
      ],
      { nodeWidth: 100, nodeHeight: 50 },
    );
    expect(layout.nodes.size).toBe(3);
    expect(layout.edges).toHaveLength(2);
  });
});

describe('edgePath', () => {
  it('draws through the points', () => {
    expect(
      edgePath([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 20, y: 10 },
      ]),
    ).toBe('M0,0 Q10,0 15,5 L20,10');
  });
});

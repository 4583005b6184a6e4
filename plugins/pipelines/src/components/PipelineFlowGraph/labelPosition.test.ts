import { labelPosition } from './labelPosition';

const size = { width: 80, height: 16 };

describe('labelPosition', () => {
  it('centres the label on a clear edge', () => {
    expect(
      labelPosition(
        [
          { x: 0, y: 0 },
          { x: 200, y: 0 },
        ],
        [],
        size,
      ),
    ).toEqual({ x: 100, y: 0 });
  });

  it('moves the label off a card the middle of the edge runs past', () => {
    const card = { id: 'card', x: 80, y: -20, width: 100, height: 40 };
    const at = labelPosition(
      [
        { x: 0, y: 0 },
        { x: 400, y: 0 },
      ],
      [card],
      size,
    );
    expect(at.y).toBe(0);
    // Clear of the card: its right edge is at 180, the label 40 wide on each side.
    expect(at.x).toBeGreaterThanOrEqual(220);
  });
});

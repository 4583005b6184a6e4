import { ALNUM, HEX, mulberry32, seededRandom } from './seededRandom';

describe('seededRandom', () => {
  it('is mulberry32: the benches and fake secrets depend on its exact sequence', () => {
    const next = mulberry32(42);
    expect(next()).toBe(0.6011037519201636);
    expect(seededRandom(42).next()).toBe(0.6011037519201636);
  });

  it('gives the same values for the same seed and others for another seed', () => {
    const draw = (seed: number) => {
      const r = seededRandom(seed);
      return [r.chars(ALNUM, 36), r.uuid(), r.int(1, 6), r.bytes(4)];
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('draws within the bounds asked for', () => {
    const r = seededRandom(1);
    for (let i = 0; i < 200; i++) {
      expect(r.int(3, 5)).toBeGreaterThanOrEqual(3);
      expect(r.int(3, 5)).toBeLessThanOrEqual(5);
      expect(['a', 'b']).toContain(r.pick(['a', 'b']));
    }
    expect(r.hex(64)).toMatch(new RegExp(`^[${HEX}]{64}$`));
    expect(r.uuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

import { mulberry32 } from './mulberry32';

describe('mulberry32', () => {
  it('gives the published mulberry32 sequence, which simulated metrics and benches depend on', () => {
    const next = mulberry32(42);
    expect(next()).toBe(0.6011037519201636);
    expect(mulberry32(42)()).toBe(0.6011037519201636);
    expect(mulberry32(43)()).not.toBe(0.6011037519201636);
  });
});

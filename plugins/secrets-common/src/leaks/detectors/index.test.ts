import { LEAK_DETECTORS } from '.';

describe('LEAK_DETECTORS', () => {
  it('has unique ids, a description and a fixed message for each detector', () => {
    const ids = LEAK_DETECTORS.map(d => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const detector of LEAK_DETECTORS) {
      expect(detector.description.length).toBeGreaterThan(20);
      expect(detector.message).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('lists fallback detectors after all format detectors', () => {
    const firstFallback = LEAK_DETECTORS.findIndex(d => d.fallback);
    expect(firstFallback).toBeGreaterThan(0);
    expect(LEAK_DETECTORS.slice(firstFallback).every(d => d.fallback)).toBe(
      true,
    );
  });
});

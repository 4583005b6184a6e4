import { idleCoresBetween, sampleIdle, workersForIdleCores } from './idleCores';

describe('idleCoresBetween', () => {
  it('gives the idle time per elapsed time, in cores', () => {
    const start = { at: 1_000, idleMs: 50_000 };
    expect(idleCoresBetween(start, { at: 1_200, idleMs: 50_200 }, 2, 2)).toBe(
      1,
    );
    expect(idleCoresBetween(start, { at: 1_200, idleMs: 50_050 }, 2, 2)).toBe(
      0.25,
    );
  });

  it('scales to the cores this process may use', () => {
    // 8 cores reported, 2 usable: 4 idle cores of 8 are 1 of 2.
    const start = { at: 0, idleMs: 0 };
    expect(idleCoresBetween(start, { at: 100, idleMs: 400 }, 2, 8)).toBe(1);
  });

  it('is unknown when idle time is not reported or no time passed', () => {
    const start = { at: 0, idleMs: 0 };
    expect(
      idleCoresBetween(start, { at: 100, idleMs: undefined }, 2, 2),
    ).toBeUndefined();
    expect(
      idleCoresBetween({ at: 0, idleMs: undefined }, start, 2, 2),
    ).toBeUndefined();
    expect(idleCoresBetween(start, { at: 0, idleMs: 0 }, 2, 2)).toBeUndefined();
  });

  it('reads this machine', () => {
    const start = sampleIdle();
    const end = { ...sampleIdle(), at: start.at + 1_000 };
    const idle = idleCoresBetween(start, end);
    expect(idle === undefined || idle >= 0).toBe(true);
  });
});

describe('workersForIdleCores', () => {
  it('starts one worker per idle core, rounded', () => {
    expect(workersForIdleCores(1, 3, 2, 0)).toBe(1);
    expect(workersForIdleCores(0.6, 3, 2, 0)).toBe(1);
    expect(workersForIdleCores(0.4, 3, 2, 0)).toBe(0);
    expect(workersForIdleCores(2.7, 3, 4, 0)).toBe(3);
  });

  it('starts none on a busy machine, whatever the load average says', () => {
    expect(workersForIdleCores(0, 3, 2, 0)).toBe(0);
    expect(workersForIdleCores(0.1, 3, 8, 0)).toBe(0);
  });

  it('keeps to one fewer than the cores and to the maximum', () => {
    expect(workersForIdleCores(3, 3, 2, 0)).toBe(1);
    expect(workersForIdleCores(15, 3, 16, 0)).toBe(3);
    expect(workersForIdleCores(1, 3, 1, 0)).toBe(0);
  });

  it('falls back to the load average where idle time is unknown', () => {
    // The load average counts runnable processes; this thread takes one core.
    expect(workersForIdleCores(undefined, 3, 2, 0.2)).toBe(1);
    expect(workersForIdleCores(undefined, 3, 2, 1.6)).toBe(0);
    expect(workersForIdleCores(undefined, 3, 4, 12)).toBe(0);
  });
});

import { ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';
import { TestApiProvider } from '@backstage/test-utils';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { fakeSignals } from '../__testUtils__/fakeSignals';
import { useRunFinished } from './useRunFinished';

const finished = (runId: number) => ({
  runId,
  status: 'succeeded' as const,
  finishedAt: '2026-11-22T10:00:00.000Z',
});

function renderWithSignals() {
  const signals = fakeSignals();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[signalApiRef, signals.api]]}>
      {children}
    </TestApiProvider>
  );
  const { result } = renderHook(() => useRunFinished(), { wrapper });
  return { result, signals };
}

const wait = (ms: number) =>
  act(async () => {
    jest.advanceTimersByTime(ms);
  });

describe('useRunFinished', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    jest.spyOn(Math, 'random').mockReturnValue(0.5); // a 2.5 s spreading delay
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('counts a finished run after the spreading delay, and each run once', async () => {
    const { result, signals } = renderWithSignals();
    expect(result.current).toBe(0);

    act(() => signals.runFinished(finished(1)));
    await wait(2_499);
    expect(result.current).toBe(0);
    await wait(1);
    expect(result.current).toBe(1);

    // The same run announced again: the page has loaded it already.
    act(() => signals.runFinished(finished(1)));
    await wait(5_000);
    expect(result.current).toBe(1);

    act(() => signals.runFinished({ ...finished(2), status: 'failed' }));
    await wait(2_500);
    expect(result.current).toBe(2);
  });

  it('loads once for a run announced again during its spreading delay', async () => {
    const { result, signals } = renderWithSignals();
    act(() => signals.runFinished(finished(3)));
    await wait(1_000);
    act(() => signals.runFinished(finished(3)));
    await wait(1_500);
    expect(result.current).toBe(1);
    await wait(5_000);
    expect(result.current).toBe(1);
  });

  it('stays at 0 without the signals plugin', async () => {
    const { result } = renderHook(() => useRunFinished(), {
      wrapper: ({ children }) => (
        <TestApiProvider apis={[]}>{children}</TestApiProvider>
      ),
    });
    await wait(10_000);
    expect(result.current).toBe(0);
  });
});

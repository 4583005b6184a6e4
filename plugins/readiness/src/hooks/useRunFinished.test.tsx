import { ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';
import { TestApiProvider } from '@backstage/test-utils';
import { signalApiRef } from '@backstage/plugin-signals-react';
import type { RunRecord } from '@stagecraft/plugin-readiness-common';
import { readinessApiRef } from '../api';
import {
  FakeBackendOptions,
  fakeReadinessBackend,
} from '../__testUtils__/fakeBackend';
import { fakeSignals } from '../__testUtils__/fakeSignals';
import { useRunFinished } from './useRunFinished';

const finished = (runId: number) => ({
  runId,
  status: 'succeeded' as const,
  finishedAt: '2026-11-22T10:00:00.000Z',
});

const lastRun: RunRecord = {
  id: 7,
  startedAt: '2026-11-22T09:30:00.000Z',
  finishedAt: '2026-11-22T09:30:02.000Z',
  entities: 49,
  errors: 0,
};
const nextRun: RunRecord = { id: 8, startedAt: '2026-11-22T10:00:00.000Z' };
const nextRunFinished: RunRecord = {
  ...nextRun,
  finishedAt: '2026-11-22T10:00:30.000Z',
};

/** The hook over a fake backend that has finished `lastRun`, with the signals plugin or not. */
function renderRunFinished(withSignals: boolean) {
  const signals = fakeSignals();
  const state: FakeBackendOptions = { runs: [lastRun] };
  const backend = fakeReadinessBackend(state);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider
      apis={[
        [readinessApiRef, backend.client],
        ...(withSignals ? [[signalApiRef, signals.api] as const] : []),
      ]}
    >
      {children}
    </TestApiProvider>
  );
  const { result, unmount } = renderHook(() => useRunFinished(), { wrapper });
  const runsAsked = () =>
    backend.requests.filter(r => r.url.pathname.endsWith('/runs')).length;
  const evaluateNow = () =>
    act(async () => {
      await result.current.watchForRun(() => backend.client.evaluateAll());
    });
  return { result, unmount, signals, state, runsAsked, evaluateNow };
}
const renderWithSignals = () => renderRunFinished(true);

/**
 * Lets `ms` pass a second at a time, so that what a timer starts (a request, then the next
 * timer) runs in between, as it would in a browser.
 */
async function wait(ms: number) {
  for (let left = ms; left > 0; left -= 1_000) {
    await act(async () => {
      jest.advanceTimersByTime(Math.min(left, 1_000));
    });
  }
}

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
    expect(result.current.runsFinished).toBe(0);

    act(() => signals.runFinished(finished(1)));
    await wait(2_499);
    expect(result.current.runsFinished).toBe(0);
    await wait(1);
    expect(result.current.runsFinished).toBe(1);

    // The same run announced again: the page has loaded it already.
    act(() => signals.runFinished(finished(1)));
    await wait(5_000);
    expect(result.current.runsFinished).toBe(1);

    act(() => signals.runFinished({ ...finished(2), status: 'failed' }));
    await wait(2_500);
    expect(result.current.runsFinished).toBe(2);
  });

  it('loads once for a run announced again during its spreading delay', async () => {
    const { result, signals } = renderWithSignals();
    act(() => signals.runFinished(finished(3)));
    await wait(1_000);
    act(() => signals.runFinished(finished(3)));
    await wait(1_500);
    expect(result.current.runsFinished).toBe(1);
    await wait(5_000);
    expect(result.current.runsFinished).toBe(1);
  });

  it('leaves a run started with the signals plugin to its signal', async () => {
    const { result, evaluateNow, runsAsked } = renderWithSignals();
    await evaluateNow();
    await wait(60_000);
    expect(runsAsked()).toBe(0);
    expect(result.current.runsFinished).toBe(0);
  });

  describe('without the signals plugin', () => {
    const renderWithoutSignals = () => renderRunFinished(false);

    it('stays at 0 until a run is started', async () => {
      const { result, runsAsked } = renderWithoutSignals();
      await wait(60_000);
      expect(result.current.runsFinished).toBe(0);
      expect(runsAsked()).toBe(0);
    });

    it('asks for the runs every 5 s after starting one until it has finished, then counts it once', async () => {
      const { result, state, runsAsked, evaluateNow } = renderWithoutSignals();
      await evaluateNow();
      const askedBefore = runsAsked();
      state.runs = [nextRun, lastRun];
      await wait(5_000);
      expect(runsAsked()).toBe(askedBefore + 1);
      await wait(5_000);
      expect(runsAsked()).toBe(askedBefore + 2);
      expect(result.current.runsFinished).toBe(0);

      state.runs = [nextRunFinished, lastRun];
      await wait(5_000);
      expect(result.current.runsFinished).toBe(1);
      await wait(60_000);
      expect(runsAsked()).toBe(askedBefore + 3);
      expect(result.current.runsFinished).toBe(1);
    });

    it('counts a run that has finished before it is first asked about', async () => {
      const { result, state, evaluateNow } = renderWithoutSignals();
      await evaluateNow();
      state.runs = [nextRunFinished, lastRun];
      await wait(5_000);
      expect(result.current.runsFinished).toBe(1);
    });

    it('gives up after 10 minutes', async () => {
      const { result, runsAsked, evaluateNow } = renderWithoutSignals();
      await evaluateNow();
      const askedBefore = runsAsked();
      await wait(10 * 60_000);
      expect(runsAsked()).toBe(askedBefore + 120);
      await wait(60_000);
      expect(runsAsked()).toBe(askedBefore + 120);
      expect(result.current.runsFinished).toBe(0);
    });

    it('stops asking once the view has closed', async () => {
      const { unmount, runsAsked, evaluateNow } = renderWithoutSignals();
      await evaluateNow();
      await wait(5_000);
      const asked = runsAsked();
      unmount();
      await wait(60_000);
      expect(runsAsked()).toBe(asked);
    });
  });
});

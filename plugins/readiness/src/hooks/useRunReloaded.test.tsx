import { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { TestApiProvider } from '@backstage/test-utils';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { readinessApiRef } from '../api';
import { fakeReadinessBackend } from '../__testUtils__/fakeBackend';
import { fakeSignals } from '../__testUtils__/fakeSignals';
import { held } from '../__testUtils__/held';
import { useRunReloaded } from './useRunReloaded';

// Pages load again at once after a finished run, not after a random wait.
jest.mock('./spreadDelay', () => ({ spreadDelayMs: () => 0 }));

/**
 * The hook loading "<key> #<n>" (its n-th load), each answer waiting for `backend.answer`
 * (which a test may replace with one it releases later), or failing while `backend.failing`.
 */
function renderReloaded(initialKey: string) {
  const signals = fakeSignals();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider
      apis={[
        [readinessApiRef, fakeReadinessBackend().client],
        [signalApiRef, signals.api],
      ]}
    >
      {children}
    </TestApiProvider>
  );
  let loads = 0;
  const backend = { answer: Promise.resolve(), failing: false };
  const hook = renderHook(
    ({ key }: { key: string }) =>
      useRunReloaded(
        async () => {
          loads += 1;
          const n = loads;
          await backend.answer;
          if (backend.failing) throw new Error('backend down');
          return `${key} #${n}`;
        },
        key,
        [],
      ),
    { wrapper, initialProps: { key: initialKey } },
  );
  return { ...hook, signals, backend, loadsStarted: () => loads };
}

describe('useRunReloaded', () => {
  afterEach(() => jest.restoreAllMocks());

  it('keeps the answer while loading again after a finished run', async () => {
    const { result, signals, backend, loadsStarted } = renderReloaded('a');
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.value).toBe('a #1'));

    const nextAnswer = held();
    backend.answer = nextAnswer.promise;
    act(() => signals.runFinished());
    await waitFor(() => expect(loadsStarted()).toBe(2));
    expect(result.current).toMatchObject({ value: 'a #1', loading: false });

    await act(async () => nextAnswer.release());
    await waitFor(() => expect(result.current.value).toBe('a #2'));
  });

  it("drops the previous key's answer at once when the key changes", async () => {
    const { result, rerender, backend } = renderReloaded('a');
    await waitFor(() => expect(result.current.value).toBe('a #1'));

    const nextAnswer = held();
    backend.answer = nextAnswer.promise;
    rerender({ key: 'b' });
    expect(result.current).toMatchObject({ value: undefined, loading: true });

    await act(async () => nextAnswer.release());
    await waitFor(() => expect(result.current.value).toBe('b #2'));
  });

  it('keeps an error while loading again, and drops it with its key', async () => {
    const { result, rerender, signals, backend, loadsStarted } =
      renderReloaded('a');
    await waitFor(() => expect(result.current.value).toBe('a #1'));
    backend.failing = true;
    act(() => result.current.retry());
    await waitFor(() =>
      expect(result.current.error?.message).toBe('backend down'),
    );

    backend.answer = held().promise;
    act(() => signals.runFinished());
    await waitFor(() => expect(loadsStarted()).toBe(3));
    expect(result.current.error?.message).toBe('backend down');

    rerender({ key: 'b' });
    expect(result.current).toMatchObject({ error: undefined, loading: true });
  });
});

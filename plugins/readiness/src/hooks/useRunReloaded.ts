import { DependencyList } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useRunFinished } from './useRunFinished';

type Answer<T> = { key: string; value?: T; error?: Error };

/**
 * Loads what a view shows of `key` (an entity, a campaign), again when `key` or `deps`
 * change and when a whole-catalog run finishes, or on `retry()`.
 *
 * While loading again for the same `key`, the previous answer (`value` or `error`) stays, so a
 * run finishing does not swap the view for a spinner; `loading` is true only until the first
 * answer for this `key`. When `key` changes, the previous key's answer is gone at once, not
 * even shown for the render before the new load starts.
 */
export function useRunReloaded<T>(
  load: () => Promise<T>,
  key: string,
  deps: DependencyList,
) {
  const { runsFinished } = useRunFinished();
  const state = useAsyncRetry(async (): Promise<Answer<T>> => {
    try {
      return { key, value: await load() };
    } catch (error) {
      return { key, error: error as Error };
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, runsFinished, ...deps]);

  const answer = state.value?.key === key ? state.value : undefined;
  return {
    value: answer?.value,
    error: answer?.error,
    loading: !answer,
    retry: state.retry,
  };
}

import { useCallback, useEffect, useRef, useState } from 'react';

export interface PollingState<T> {
  value?: T;
  /** The latest error; `value` keeps the last good data meanwhile. */
  error?: Error;
  loading: boolean;
  /** When the browser last received data (epoch ms). */
  refreshedAt?: number;
  refresh: () => void;
}

/**
 * Loads `load()` now, whenever `deps` change or `refresh` is called, and again once
 * `intervalMs` has passed without a load (so loads made for another reason, such as a
 * signal, put the timer back). A failed refresh keeps the last good value (with the error
 * alongside), so the page never blanks.
 */
export function usePolling<T>(
  load: () => Promise<T>,
  intervalMs: number,
  deps: unknown[],
): PollingState<T> {
  const [state, setState] = useState<Omit<PollingState<T>, 'refresh'>>({
    loading: true,
  });
  const generation = useRef(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableLoad = useCallback(load, deps);

  const timer = useRef<ReturnType<typeof setTimeout>>();
  // The timer calls the latest `run`, whatever it was when the timer was set.
  const runRef = useRef<() => void>(() => {});
  const run = useCallback(() => {
    const current = ++generation.current;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => runRef.current(), intervalMs);
    setState(s => ({ ...s, loading: true }));
    stableLoad().then(
      value => {
        if (current !== generation.current) return;
        setState({ value, loading: false, refreshedAt: Date.now() });
      },
      error => {
        if (current !== generation.current) return;
        setState(s => ({ ...s, error, loading: false }));
      },
    );
  }, [stableLoad, intervalMs]);
  runRef.current = run;

  useEffect(() => {
    const generations = generation;
    const timers = timer;
    run();
    return () => {
      clearTimeout(timers.current);
      // Answers to requests made before this point are dropped.
      generations.current++;
    };
  }, [run]);

  return { ...state, refresh: run };
}

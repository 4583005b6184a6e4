import { READINESS_RUN_SIGNAL_JITTER_MS } from '@stagecraft/plugin-readiness-common';

/**
 * How long a page waits before loading again after a finished run: a random share of
 * `READINESS_RUN_SIGNAL_JITTER_MS`, so hundreds of open pages do not all ask at once. Its own
 * module so that tests can take the wait out without replacing `Math.random` for everything
 * else (a constant `Math.random` sends source-map's quicksort into a stack overflow).
 */
export const spreadDelayMs = () =>
  Math.random() * READINESS_RUN_SIGNAL_JITTER_MS;

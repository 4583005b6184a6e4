import { METRICS_SIGNAL_JITTER_MS } from '@stagecraft/plugin-pipelines-common';

/**
 * How long a view waits before loading a newly announced window: a random share of
 * `METRICS_SIGNAL_JITTER_MS`, so hundreds of open pages do not all ask at once. Its own
 * module so that tests can set the wait without replacing `Math.random` for everything
 * else (a constant `Math.random` sends source-map's quicksort into a stack overflow).
 */
export const spreadDelayMs = () => Math.random() * METRICS_SIGNAL_JITTER_MS;

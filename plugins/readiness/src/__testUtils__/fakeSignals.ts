import { FakeSignalApi } from '@internal/stagecraft-frontend-test-utils';
import {
  READINESS_RUNS_SIGNAL_CHANNEL,
  ReadinessRunSignal,
} from '@stagecraft/plugin-readiness-common';

/**
 * The browser's end of the signals plugin, as a portal running it has: `api` goes at
 * `signalApiRef`; `runFinished` sends what the backend publishes when a run has finished.
 */
export function fakeSignals() {
  const api = new FakeSignalApi();
  const runFinished = (message: ReadinessRunSignal) =>
    api.signal(READINESS_RUNS_SIGNAL_CHANNEL, message);
  return { api, runFinished };
}

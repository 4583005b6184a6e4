import { FakeSignalApi } from '@internal/stagecraft-frontend-test-utils';
import {
  READINESS_RUNS_SIGNAL_CHANNEL,
  ReadinessRunSignal,
} from '@stagecraft/plugin-readiness-common';

/**
 * The browser's end of the signals plugin, as a portal running it has: `api` goes at
 * `signalApiRef`; `runFinished` sends what the backend publishes when a run has finished
 * (a run that succeeded, unless `message` says otherwise).
 */
export function fakeSignals() {
  const api = new FakeSignalApi();
  const runFinished = (message: Partial<ReadinessRunSignal> = {}) =>
    api.signal(READINESS_RUNS_SIGNAL_CHANNEL, {
      runId: 1,
      status: 'succeeded',
      finishedAt: '2026-11-22T10:00:00.000Z',
      ...message,
    });
  return { api, runFinished };
}

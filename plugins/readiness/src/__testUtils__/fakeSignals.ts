import { SignalApi } from '@backstage/plugin-signals-react';
import {
  READINESS_RUNS_SIGNAL_CHANNEL,
  ReadinessRunSignal,
} from '@stagecraft/plugin-readiness-common';

type OnMessage = Parameters<SignalApi['subscribe']>[1];

/**
 * The browser's end of the signals plugin, as a portal running it has: `api` goes at
 * `signalApiRef`; `runFinished` sends what the backend publishes when a run has finished.
 */
export function fakeSignals() {
  const subscribers = new Map<string, Set<OnMessage>>();
  const api: SignalApi = {
    subscribe(channel, onMessage) {
      const onChannel = subscribers.get(channel) ?? new Set<OnMessage>();
      onChannel.add(onMessage as OnMessage);
      subscribers.set(channel, onChannel);
      return { unsubscribe: () => onChannel.delete(onMessage as OnMessage) };
    },
  };
  const runFinished = (message: ReadinessRunSignal) =>
    subscribers
      .get(READINESS_RUNS_SIGNAL_CHANNEL)
      ?.forEach(onMessage => onMessage(message));
  return { api, runFinished };
}

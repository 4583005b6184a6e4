import { SignalApi } from '@backstage/plugin-signals-react';

/** What a signal carries: a JSON object. */
export type SignalMessage = Parameters<
  Parameters<SignalApi['subscribe']>[1]
>[0];

type Listener = (message: SignalMessage) => void;

/** The browser's end of the signals plugin: who listens on which channel, and a way to signal them. */
export class FakeSignalApi implements SignalApi {
  /** The listeners subscribed now, by channel. */
  readonly listeners = new Map<string, Set<(message: SignalMessage) => void>>();

  /** Listens on `channel` until unsubscribed, as the signals plugin's client does. */
  subscribe<TMessage extends SignalMessage = SignalMessage>(
    channel: string,
    onMessage: (message: TMessage) => void,
  ) {
    const listener = onMessage as Listener;
    const set = this.listeners.get(channel) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(channel, set);
    return { unsubscribe: () => set.delete(listener) };
  }

  /** Sends `message` to every listener on `channel`, as the backend's publish would. */
  signal(channel: string, message: SignalMessage) {
    this.listeners.get(channel)?.forEach(listener => listener(message));
  }
}

import { SignalApi } from '@backstage/plugin-signals-react';

type Listener = Parameters<SignalApi['subscribe']>[1];
type Message = Parameters<Listener>[0];

/** The browser's end of the signals plugin: who listens on which channel, and a way to signal them. */
export class FakeSignalApi implements SignalApi {
  readonly listeners = new Map<string, Set<Listener>>();

  subscribe<TMessage extends Message = Message>(
    channel: string,
    onMessage: (message: TMessage) => void,
  ) {
    const listener = onMessage as Listener;
    const set = this.listeners.get(channel) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(channel, set);
    return { unsubscribe: () => set.delete(listener) };
  }

  signal(channel: string, message: Message) {
    this.listeners.get(channel)?.forEach(listener => listener(message));
  }
}

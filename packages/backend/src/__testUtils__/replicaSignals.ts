import WebSocket from 'ws';
import { eventually } from '@internal/stagecraft-test-utils';
import { ReplicaProcess } from './replicaProcesses';

/** A browser's signals connection to one replica, subscribed to one channel. */
export interface SignalListener {
  /** The messages received on the channel, in order. */
  readonly messages: unknown[];
  close(): void;
}

/** Opens a WebSocket, or fails after `timeoutMs`. */
function open(url: string, timeoutMs: number): Promise<WebSocket> {
  const ws = new WebSocket(url);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error(`no WebSocket to ${url} within ${timeoutMs} ms`));
    }, timeoutMs);
    ws.once('open', () => {
      clearTimeout(timer);
      resolve(ws);
    });
    ws.once('error', error => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/**
 * Opens the signals WebSocket (`/api/signals`) on `replica` as a signed-out browser would and
 * subscribes to `channel`; broadcast signals reach such a connection. The signals backend
 * starts listening for upgrades on the first upgrade request and leaves that one unanswered,
 * so, like the browser's signals client, this tries again.
 */
export async function listenForSignals(
  replica: ReplicaProcess,
  channel: string,
): Promise<SignalListener> {
  const url = `${replica.baseUrl.replace(/^http/, 'ws')}/api/signals`;
  let ws: WebSocket | undefined;
  for (let attempt = 1; !ws; attempt++) {
    try {
      ws = await open(url, 5_000);
    } catch (error) {
      if (attempt === 5) throw error;
    }
  }
  const messages: unknown[] = [];
  ws.on('message', data => {
    const parsed = JSON.parse(String(data));
    if (parsed.channel === channel) messages.push(parsed.message);
  });
  ws.send(JSON.stringify({ action: 'subscribe', channel }));
  const socket = ws;
  return { messages, close: () => socket.close() };
}

/**
 * Sends a broadcast notification through `replica`'s notifications backend (as a service, with
 * the deployment's static token); the backend signals it on the `notifications` channel.
 */
export async function broadcastNotification(
  replica: ReplicaProcess,
  token: string,
  title: string,
): Promise<void> {
  const response = await fetch(
    `${replica.baseUrl}/api/notifications/notifications`,
    {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        recipients: { type: 'broadcast' },
        payload: { title, topic: 'replica-test' },
      }),
      signal: AbortSignal.timeout(30_000),
    },
  );
  if (!response.ok) {
    throw new Error(
      `Replica ${replica.name} refused the notification: ${
        response.status
      } ${await response.text()}`,
    );
  }
}

/**
 * Waits until every listener has received a signal of `count` broadcasts (or the time is up),
 * then a second more for any duplicate, and answers how many each received.
 */
export async function signalsReceived(
  listeners: SignalListener[],
  count: number,
  timeoutMs = 30_000,
): Promise<number[]> {
  await eventually(
    `${count} signals on every replica`,
    async () => listeners.every(l => l.messages.length >= count),
    { timeoutMs, intervalMs: 100 },
  ).catch(() => undefined);
  await new Promise(resolve => setTimeout(resolve, 1_000));
  return listeners.map(l => l.messages.length);
}

import { NotificationSendOptions } from '@backstage/plugin-notifications-node';

/** The notifications backend, faked at its boundary: `send`, and what it accepted in order. */
export function fakeNotifications() {
  const sent: NotificationSendOptions[] = [];
  const send = jest.fn(async (options: NotificationSendOptions) => {
    sent.push(options);
  });
  return { send, sent };
}

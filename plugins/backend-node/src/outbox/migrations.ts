import { claimedTable } from '../claims/claimedTable';

/** The notifications a plugin has to send, in the plugin's own database. */
export const OUTBOX = claimedTable(
  'stagecraft_notification_outbox',
  '20261209000000_notification_outbox.js',
  'Notifications to send, each once, retried until sent or out of attempts',
  table => {
    table
      .text('notification')
      .notNullable()
      .comment('The NotificationSendOptions, as JSON');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('sent_at', { useTz: true }).nullable();
    table.index(['sent_at', 'created_at'], 'notification_outbox_pending');
  },
);

export const OUTBOX_TABLE = OUTBOX.table;

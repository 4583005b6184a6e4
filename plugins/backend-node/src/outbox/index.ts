export { NotificationOutbox } from './NotificationOutbox';
export type {
  NotificationOutboxOptions,
  OutboxSummary,
} from './NotificationOutbox';

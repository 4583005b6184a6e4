export {
  DEFAULT_REQUEST_TIMEOUT_MS,
  deadlineExceeded,
  interruptionOf,
  requestSignal,
  withDeadline,
} from './withDeadline';

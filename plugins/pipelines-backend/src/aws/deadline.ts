// Deadlines live in @stagecraft/backend-node; this path stays for the pipelines code that imports it.
export {
  DEFAULT_REQUEST_TIMEOUT_MS,
  withDeadline,
} from '@stagecraft/backend-node';

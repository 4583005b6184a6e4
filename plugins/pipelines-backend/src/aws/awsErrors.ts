// AWS error classification lives in @stagecraft/backend-node; this path stays for the
// pipelines code that imports it.
export {
  AwsCallError,
  describeAwsError,
  isAccessDeniedError as isAccessError,
  isThrottlingError,
  redactAwsMessage,
} from '@stagecraft/backend-node';
export type { AwsCallContext } from '@stagecraft/backend-node';

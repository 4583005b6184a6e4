export {
  classifyAwsError,
  isAccessDeniedError,
  isNotFoundError,
  isThrottlingError,
} from './classifyAwsError';
export type { AwsErrorKind } from './classifyAwsError';
export { awsErrorDetail, redactAwsMessage } from './awsErrorDetail';
export {
  AwsCallError,
  awsAccountLabel,
  describeAwsError,
} from './AwsCallError';
export type { AwsCallContext } from './AwsCallError';
export { awsClients } from './awsClients';
export type {
  AwsClientLocation,
  AwsClientOptions,
  AwsCredentialsSource,
} from './awsClients';

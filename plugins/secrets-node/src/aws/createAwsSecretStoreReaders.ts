import { ACMClient } from '@aws-sdk/client-acm';
import { KMSClient } from '@aws-sdk/client-kms';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SSMClient } from '@aws-sdk/client-ssm';
import { RootConfigService } from '@backstage/backend-plugin-api';
import { DefaultAwsCredentialsManager } from '@backstage/integration-aws-node';
import { awsClients } from '@stagecraft/backend-node';
import { SecretStoreReader } from '../types';
import { DEFAULT_AWS_CALL_TIMEOUT_MS } from './AwsStoreReader';
import { AcmReader } from './AcmReader';
import { KmsReader } from './KmsReader';
import { ParameterStoreReader } from './ParameterStoreReader';
import { SecretsManagerReader } from './SecretsManagerReader';

/**
 * The built-in AWS readers, with credentials per account from the `aws` app-config
 * (`DefaultAwsCredentialsManager`, as the pipelines backend).
 *
 * @public
 */
export function createAwsSecretStoreReaders(options: {
  config: RootConfigService;
  /** The time one AWS call may take; default 10 s. */
  callTimeoutMs?: number;
  /** The region of stores without `stagecraft.io/store-aws-region`. */
  defaultRegion?: string;
}): SecretStoreReader[] {
  const credentials = DefaultAwsCredentialsManager.fromConfig(options.config);
  const callTimeoutMs = options.callTimeoutMs ?? DEFAULT_AWS_CALL_TIMEOUT_MS;
  const common = { callTimeoutMs, defaultRegion: options.defaultRegion };
  // The SDK's standard retries (with backoff) handle short throttling.
  const clientOptions = { requestTimeoutMs: callTimeoutMs, maxAttempts: 3 };
  return [
    new SecretsManagerReader({
      ...common,
      clients: awsClients(SecretsManagerClient, credentials, clientOptions),
    }),
    new ParameterStoreReader({
      ...common,
      clients: awsClients(SSMClient, credentials, clientOptions),
    }),
    new AcmReader({
      ...common,
      clients: awsClients(ACMClient, credentials, clientOptions),
    }),
    new KmsReader({
      ...common,
      clients: awsClients(KMSClient, credentials, clientOptions),
    }),
  ];
}

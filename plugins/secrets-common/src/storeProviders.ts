/** The store providers approved unless configuration says otherwise. */
export const DEFAULT_APPROVED_STORE_PROVIDERS: readonly string[] = [
  'aws-secrets-manager',
  'aws-kms',
  'aws-ssm-parameter-store',
  'hashicorp-vault',
  'aws-acm',
  'gcp-secret-manager',
  'azure-key-vault',
  '1password',
  'doppler',
];

/**
 * Node library of the Stagecraft secrets backend: the secret store reader contract, its
 * extension point, and built-in readers that read store metadata only, never a value.
 *
 * @packageDocumentation
 */

export * from './types';
export * from './errors';
export * from './extensionPoint';
export { readAwsStoreLocation } from './aws/location';
export type { AwsStoreLocation } from './aws/location';
export type { AwsCall, AwsStoreReaderOptions } from './aws/AwsStoreReader';
export { AwsStoreReader } from './aws/AwsStoreReader';
export { DescribingAwsStoreReader } from './aws/DescribingAwsStoreReader';
export type { DescribingAwsStoreReaderOptions } from './aws/DescribingAwsStoreReader';
export type { AwsClientSource } from './aws/clients';
export { DEFAULT_AWS_CALL_TIMEOUT_MS } from './aws/AwsStoreReader';
export { SecretsManagerReader } from './aws/SecretsManagerReader';
export { ParameterStoreReader } from './aws/ParameterStoreReader';
export { AcmReader } from './aws/AcmReader';
export type { AcmReaderOptions } from './aws/AcmReader';
export { KmsReader } from './aws/KmsReader';
export type { KmsReaderOptions } from './aws/KmsReader';
export { VaultKvReader } from './vault/VaultKvReader';
export type { VaultKvReaderOptions } from './vault/VaultKvReader';
export { readVaultStoreLocation } from './vault/location';
export type { VaultStoreLocation } from './vault/location';
export { createVaultSecretStoreReader } from './vault/createVaultSecretStoreReader';
export { SimulatedSecretStoreReader } from './simulated/SimulatedSecretStoreReader';
export type { SimulatedSecretStoreReaderOptions } from './simulated/SimulatedSecretStoreReader';
export { createAwsSecretStoreReaders } from './aws/createAwsSecretStoreReaders';
export * from './reconcile';

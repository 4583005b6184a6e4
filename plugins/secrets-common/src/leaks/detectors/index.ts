import { LeakDetector } from '../types';
import { awsAccessKeyId, awsSecretAccessKey } from './aws';
import {
  azureStorageKey,
  basicAuthHeader,
  connectionStringPassword,
  urlPassword,
} from './credentialsInStrings';
import {
  genericSecret,
  passwordField,
  placeholderCredential,
} from './fallbacks';
import { TOKEN_FORMAT_DETECTORS } from './formats';
import { jwt } from './jwt';
import { KEYED_VENDOR_DETECTORS } from './keyedVendors';
import { datadogApiKey, pagerdutyIntegrationKey } from './keyedTokens';
import { privateKey } from './privateKey';
import { secretInText } from './secretInText';
import { VENDOR_TOKEN_DETECTORS } from './tokenFormats';

/**
 * Every leak detector, in reporting order. The contextual detector
 * (`secret-in-text`) runs only for values no format detector recognised;
 * fallback detectors come last and run only when nothing else matched.
 */
export const LEAK_DETECTORS: readonly LeakDetector[] = [
  awsAccessKeyId,
  awsSecretAccessKey,
  privateKey,
  jwt,
  urlPassword,
  connectionStringPassword,
  azureStorageKey,
  basicAuthHeader,
  ...VENDOR_TOKEN_DETECTORS,
  datadogApiKey,
  pagerdutyIntegrationKey,
  ...TOKEN_FORMAT_DETECTORS,
  ...KEYED_VENDOR_DETECTORS,
  secretInText,
  genericSecret,
  passwordField,
  placeholderCredential,
];

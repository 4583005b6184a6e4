import { LeakDetector } from '../types';
import { awsAccessKeyId, awsSecretAccessKey } from './aws';
import {
  azureStorageKey,
  connectionStringPassword,
  urlPassword,
} from './credentialsInStrings';
import {
  genericSecret,
  passwordField,
  placeholderCredential,
} from './fallbacks';
import { jwt } from './jwt';
import { datadogApiKey, pagerdutyIntegrationKey } from './keyedTokens';
import { privateKey } from './privateKey';
import {
  atlassianToken,
  githubToken,
  gitlabToken,
  googleApiKey,
  npmToken,
  openAiKey,
  sendgridKey,
  slackToken,
  slackWebhook,
  stripeKey,
  twilioKey,
} from './tokenFormats';

/**
 * Every leak detector, in reporting order. Fallback detectors come last: they
 * run only for values no format detector recognised.
 */
export const LEAK_DETECTORS: readonly LeakDetector[] = [
  awsAccessKeyId,
  awsSecretAccessKey,
  privateKey,
  jwt,
  urlPassword,
  connectionStringPassword,
  azureStorageKey,
  githubToken,
  gitlabToken,
  slackToken,
  slackWebhook,
  stripeKey,
  googleApiKey,
  npmToken,
  twilioKey,
  sendgridKey,
  openAiKey,
  atlassianToken,
  datadogApiKey,
  pagerdutyIntegrationKey,
  genericSecret,
  passwordField,
  placeholderCredential,
];

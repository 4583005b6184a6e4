import { isSecretKey, keyWords } from '../keyNames';
import { LeakDetector } from '../types';
import { isRandomBody } from './formats/tokenFormat';
import { FieldGatedDetector } from './selectDetectors';

// Vendor credentials without a recognisable format (32 hex characters could
// be anything): they count only in a field that names the vendor and says it
// holds a secret, e.g. TWILIO_AUTH_TOKEN or nexmo_api_secret.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX32 = /^[0-9a-f]{32}$/;

type KeyedVendorSpec = {
  id: string;
  what: string;
  /** One of these words must be in the field name. */
  vendorWords: readonly string[];
  /** The whole (trimmed) value. */
  value: RegExp;
};

export const KEYED_VENDOR_FORMATS = [
  {
    id: 'twilio-auth-token',
    what: 'a Twilio auth token',
    vendorWords: ['twilio'],
    value: HEX32,
  },
  {
    id: 'vonage-api-secret',
    what: 'a Vonage (Nexmo) API secret',
    vendorWords: ['vonage', 'nexmo'],
    value: /^[A-Za-z0-9]{16}$/,
  },
  {
    id: 'plivo-auth-token',
    what: 'a Plivo auth token',
    vendorWords: ['plivo'],
    value: /^[A-Za-z0-9]{40}$/,
  },
  {
    id: 'postmark-server-token',
    what: 'a Postmark server or account token',
    vendorWords: ['postmark'],
    value: UUID,
  },
  {
    id: 'sparkpost-api-key',
    what: 'a SparkPost API key',
    vendorWords: ['sparkpost'],
    value: /^[a-f0-9]{40}$/,
  },
  {
    id: 'mailjet-api-key',
    what: 'a Mailjet API key or secret',
    vendorWords: ['mailjet', 'mj'],
    value: HEX32,
  },
  {
    id: 'mailgun-signing-key',
    what: 'a Mailgun webhook signing key',
    vendorWords: ['mailgun'],
    value: HEX32,
  },
  {
    id: 'mandrill-legacy-key',
    what: 'a Mandrill API key',
    vendorWords: ['mandrill'],
    value: /^[A-Za-z0-9_-]{22}$/,
  },
  {
    id: 'messagebird-access-key',
    what: 'a MessageBird (Bird) access key',
    vendorWords: ['messagebird', 'bird'],
    value: /^[A-Za-z0-9]{25}$/,
  },
  {
    // version byte 4 + HMAC-SHA256, base64: 44 characters starting with B
    id: 'aws-ses-smtp-password',
    what: 'an Amazon SES SMTP password',
    vendorWords: ['ses', 'smtp'],
    value: /^B[A-Za-z0-9+/]{43}$/,
  },
  {
    id: 'heroku-legacy-api-key',
    what: 'a Heroku API key',
    vendorWords: ['heroku'],
    value: UUID,
  },
  {
    id: 'linode-token',
    what: 'a Linode (Akamai) API token',
    vendorWords: ['linode'],
    value: /^[a-f0-9]{64}$/,
  },
  {
    id: 'cloudflare-api-token',
    what: 'a Cloudflare API token or global API key',
    vendorWords: ['cloudflare', 'cf'],
    value: /^(?:[A-Za-z0-9_-]{40}|[a-f0-9]{37})$/,
  },
  {
    id: 'fastly-api-token',
    what: 'a Fastly API token',
    vendorWords: ['fastly'],
    value: /^[A-Za-z0-9_-]{32}$/,
  },
  {
    id: 'okta-api-token',
    what: 'an Okta API token',
    vendorWords: ['okta'],
    value: /^00[A-Za-z0-9_-]{40}$/,
  },
  {
    id: 'auth0-client-secret',
    what: 'an Auth0 client secret',
    vendorWords: ['auth0'],
    value: /^[A-Za-z0-9_-]{32,64}$/,
  },
  {
    id: 'twitch-api-token',
    what: 'a Twitch API token',
    vendorWords: ['twitch'],
    value: /^[a-z0-9]{30}$/,
  },
  {
    id: 'algolia-admin-key',
    what: 'an Algolia API key',
    vendorWords: ['algolia'],
    value: HEX32,
  },
  {
    id: 'cohere-api-key',
    what: 'a Cohere API key',
    vendorWords: ['cohere'],
    value: /^[A-Za-z0-9]{40}$/,
  },
  {
    id: 'lightstep-token',
    what: 'a Lightstep (ServiceNow Cloud Observability) access token',
    vendorWords: ['lightstep'],
    value: /^[A-Za-z0-9+/=]{32,200}$/,
  },
  {
    id: 'opsgenie-api-key',
    what: 'an Opsgenie API key',
    vendorWords: ['opsgenie'],
    value: UUID,
  },
  {
    id: 'splunk-token',
    what: 'a Splunk HEC token',
    vendorWords: ['splunk', 'hec'],
    value: UUID,
  },
  {
    id: 'honeycomb-legacy-key',
    what: 'a Honeycomb API key',
    vendorWords: ['honeycomb'],
    value: /^[A-Za-z0-9]{22,32}$/,
  },
  {
    id: 'codecov-token',
    what: 'a Codecov upload token',
    vendorWords: ['codecov'],
    value: UUID,
  },
  {
    id: 'travis-ci-token',
    what: 'a Travis CI API token',
    vendorWords: ['travis'],
    value: /^[A-Za-z0-9_-]{22}$/,
  },
  {
    id: 'ibm-cloud-api-key',
    what: 'an IBM Cloud API key',
    vendorWords: ['ibm', 'bluemix'],
    value: /^[A-Za-z0-9_-]{44}$/,
  },
  {
    id: 'scaleway-secret-key',
    what: 'a Scaleway secret key',
    vendorWords: ['scaleway', 'scw'],
    value: UUID,
  },
  {
    id: 'pagerduty-api-token',
    what: 'a PagerDuty REST API token',
    vendorWords: ['pagerduty', 'pd'],
    value: /^[A-Za-z0-9_+-]{20}$/,
  },
  {
    id: 'azure-devops-legacy-pat',
    what: 'an Azure DevOps personal access token',
    vendorWords: ['azure', 'ado', 'azdo', 'devops', 'vsts'],
    value: /^[a-z2-7]{52}$/,
  },
  {
    id: 'sumologic-key',
    what: 'a Sumo Logic access key',
    vendorWords: ['sumo', 'sumologic'],
    value: /^[A-Za-z0-9]{64}$/,
  },
  {
    id: 'rollbar-token',
    what: 'a Rollbar access token',
    vendorWords: ['rollbar'],
    value: HEX32,
  },
  {
    id: 'segment-write-key',
    what: 'a Segment write key',
    vendorWords: ['segment'],
    value: /^[A-Za-z0-9]{32}$/,
  },
  {
    id: 'zendesk-api-token',
    what: 'a Zendesk API token',
    vendorWords: ['zendesk'],
    value: /^[A-Za-z0-9]{40}$/,
  },
  {
    id: 'launchdarkly-key',
    what: 'a LaunchDarkly SDK or API key',
    vendorWords: ['launchdarkly', 'ld'],
    value:
      /^(?:api|sdk|mob)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  },
] as const satisfies readonly KeyedVendorSpec[];

const SECRET_LAST_WORDS = new Set(['key', 'keys', 'secret', 'token', 'sid']);

function namesASecret(key: string): boolean {
  const words = keyWords(key);
  return isSecretKey(key) || SECRET_LAST_WORDS.has(words[words.length - 1]);
}

function keyedVendorDetector(spec: KeyedVendorSpec): FieldGatedDetector {
  const fieldGate = (key: string) =>
    keyWords(key).some(word => spec.vendorWords.includes(word)) &&
    namesASecret(key);
  return {
    id: spec.id as LeakDetector['id'],
    description: `${spec.what[0].toUpperCase()}${spec.what.slice(
      1,
    )} in a field naming ${spec.vendorWords.join(' / ')} and a secret: ${
      spec.value.source
    }`,
    message: `Value looks like ${spec.what}.`,
    anchors: [],
    fieldGate,
    test({ head, key }) {
      if (!key || !fieldGate(key)) {
        return false;
      }
      const value = head.trim();
      return spec.value.test(value) && isRandomBody(value);
    },
  };
}

export const KEYED_VENDOR_DETECTORS: readonly LeakDetector[] =
  KEYED_VENDOR_FORMATS.map(keyedVendorDetector);

export type KeyedVendorId = (typeof KEYED_VENDOR_FORMATS)[number]['id'];

import type { TokenFormatId } from '../detectors/formats';
import type { KeyedVendorId } from '../detectors/keyedVendors';
// The harness runs in tests only (a devDependency), never in the published package.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import {
  ALNUM,
  BASE64,
  BASE64URL,
  DIGITS,
  HEX,
  LETTERS,
  LOWER_DIGITS,
  UPPER_DIGITS,
} from '@internal/stagecraft-test-utils';
import { chars } from './fakeSecrets';

// One generated sample per vendor format. Assembled at run time, so that the
// repository holds nothing a secret scanner would take for a credential.

type Part = string | [alphabet: string, length: number];

function token(...parts: Part[]): string {
  return parts
    .map(part => (typeof part === 'string' ? part : chars(...part)))
    .join('');
}

const uuid = () =>
  token([HEX, 8], '-', [HEX, 4], '-4', [HEX, 3], '-a', [HEX, 3], '-', [
    HEX,
    12,
  ]);
const b64 = (text: string) => btoa(text).replace(/=+$/, '');

export const TOKEN_FORMAT_SAMPLES: Record<TokenFormatId, () => string> = {
  'aws-session-token': () => token('IQoJb3JpZ2luX2Vj', [BASE64, 300], '='),
  'gcp-service-account-key': () =>
    `{"type": "service_account", "private_key_id": "${chars(HEX, 40)}"}`,
  'google-oauth-secret': () => token('GOCSPX', '-', [BASE64URL, 28]),
  'google-oauth-token': () => token('ya29', '.', [BASE64URL, 150]),
  'firebase-fcm-server-key': () =>
    token('AAAA', [BASE64URL, 7], ':', 'APA91b', [BASE64URL, 134]),
  'azure-ad-client-secret': () =>
    token([ALNUM, 3], [DIGITS, 1], 'Q~', [`${ALNUM}_~.-`, 34]),
  'azure-sas-token': () =>
    `https://acct.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-01-01T00:00:00Z&sig=${chars(
      ALNUM,
      43,
    )}%3D`,
  'azure-devops-pat': () =>
    token([ALNUM, 52], 'JQQJ99', [ALNUM, 3], 'AZDO', [ALNUM, 4]),
  'alibaba-access-key-id': () => token('LTAI', [ALNUM, 20]),
  'digitalocean-token': () => token('dop_v1_', [HEX, 64]),
  'heroku-api-key': () => token('HRKU-', 'AA', [BASE64URL, 58]),
  'scaleway-access-key': () => token('SCW', [UPPER_DIGITS, 17]),
  'cloudflare-origin-ca-key': () => token('v1.0-', [HEX, 24], '-', [HEX, 146]),
  'vercel-token': () => token('vcp_', [ALNUM, 56]),
  'netlify-token': () => token('nfp_', [ALNUM, 36]),
  'doppler-token': () => token('dp.st.', 'prd.', [ALNUM, 40]),
  'vault-token': () => token('hvs.', [BASE64URL, 90]),
  'terraform-cloud-token': () => token([ALNUM, 14], '.atlasv1.', [ALNUM, 67]),
  'pulumi-token': () => token('pul-', [HEX, 40]),
  'ibm-cloud-iam-key': () => `{"apikey": "${chars(BASE64URL, 44)}"}`,
  'fly-token': () => token('FlyV1 fm2_', [BASE64, 300]),
  'render-api-key': () => token('rnd_', [ALNUM, 32]),
  'tailscale-key': () => token('tskey-auth-', [ALNUM, 17], '-', [ALNUM, 33]),
  'gitlab-runner-registration-token': () => token('GR1348941', [BASE64URL, 20]),
  'bitbucket-app-password': () => token('ATBB', [ALNUM, 32]),
  'circleci-token': () => token('CCIPAT_', [ALNUM, 22], '_', [HEX, 40]),
  'buildkite-token': () => token('bkua_', [HEX, 40]),
  'sonar-token': () => token('squ_', [HEX, 40]),
  'harness-token': () =>
    token('pat.', [BASE64URL, 22], '.', [HEX, 24], '.', [ALNUM, 20]),
  'octopus-deploy-api-key': () => token('API-', [UPPER_DIGITS, 27]),
  'infracost-api-key': () => token('ico-', [ALNUM, 32]),
  'prefect-api-key': () => token('pnu_', [ALNUM, 36]),
  'discord-webhook': () =>
    token('https://discord.com/api/webhooks/', [DIGITS, 19], '/', [
      BASE64URL,
      68,
    ]),
  'discord-bot-token': () =>
    `${b64(`1${chars(DIGITS, 18)}`)}.${chars(BASE64URL, 6)}.${chars(
      BASE64URL,
      38,
    )}`,
  'telegram-bot-token': () => token([DIGITS, 10], ':AA', [BASE64URL, 33]),
  'teams-webhook': () =>
    `https://contoso.webhook.office.com/webhookb2/${uuid()}@${uuid()}/IncomingWebhook/${chars(
      HEX,
      32,
    )}/${uuid()}`,
  'stripe-webhook-secret': () => token('whsec_', [ALNUM, 32]),
  'square-token': () => token('sq0csp-', [BASE64URL, 43]),
  'braintree-access-token': () =>
    token('access_token$production$', [LOWER_DIGITS, 16], '$', [HEX, 32]),
  'adyen-api-key': () => token('AQE', [BASE64, 100], '=-', [BASE64, 43], '='),
  'shopify-token': () => token('shpat_', [HEX, 32]),
  'plaid-access-token': () => `access-production-${uuid()}`,
  'flutterwave-secret-key': () =>
    token('FLWSECK-', ['abcdefgh0123456789', 32], '-X'),
  'shippo-token': () => token('shippo_live_', [HEX, 40]),
  'mailgun-api-key': () => token('key-', [HEX, 32]),
  'mailgun-private-key': () => token([HEX, 32], '-', [HEX, 8], '-', [HEX, 8]),
  'mailchimp-api-key': () => token([HEX, 32], '-us', [DIGITS, 2]),
  'mandrill-api-key': () => token('md-', [BASE64URL, 22]),
  'brevo-api-key': () => token('xkeysib-', [HEX, 64], '-', [ALNUM, 16]),
  'messagebird-api-key': () => token('live_', [ALNUM, 25]),
  'mailersend-token': () => token('mlsn.', [HEX, 64]),
  'resend-api-key': () => token('re_', [ALNUM, 8], '_', [ALNUM, 24]),
  'telnyx-api-key': () =>
    token('KEY', ['0123456789ABCDEF', 32], '_', [ALNUM, 22]),
  'klaviyo-private-key': () => token('pk_', [HEX, 34]),
  'twilio-credentials': () => token('AC', [HEX, 32], ':', [HEX, 32]),
  'aws-ses-smtp-url': () =>
    token(
      'smtps://AKIA',
      [UPPER_DIGITS, 16],
      ':B',
      [BASE64, 43],
      '@email-smtp.eu-west-1.amazonaws.com:465',
    ),
  'new-relic-key': () => token('NRAK-', [UPPER_DIGITS, 27]),
  'new-relic-browser-key': () => token('NRJS-', [HEX, 19]),
  'new-relic-license-key': () => token([HEX, 36], 'NRAL'),
  'sentry-dsn': () =>
    token(
      'https://',
      [HEX, 32],
      ':',
      [HEX, 32],
      '@o',
      [DIGITS, 6],
      '.ingest.sentry.io/',
      [DIGITS, 7],
    ),
  'sentry-token': () => token('sntryu_', [HEX, 64]),
  'grafana-token': () => token('glsa_', [ALNUM, 32], '_', [HEX, 8]),
  'grafana-api-key': () => token('eyJrIjoi', [BASE64, 70]),
  'honeycomb-key': () => token('hcaik_', [LOWER_DIGITS, 58]),
  'dynatrace-token': () =>
    token('dt0c01.', [UPPER_DIGITS, 24], '.', [UPPER_DIGITS, 64]),
  'splunk-hec-token': () => `Authorization: Splunk ${uuid()}`,
  'pypi-token': () => token('pypi-AgEIcHlwaS5vcmc', [BASE64URL, 150]),
  'rubygems-api-key': () => token('rubygems_', [HEX, 48]),
  'nuget-api-key': () => token('oy2', [LOWER_DIGITS, 43]),
  'docker-hub-token': () => token('dckr_pat_', [BASE64URL, 27]),
  'jfrog-api-key': () => token('AKCp', [ALNUM, 69]),
  'jfrog-identity-token': () => token('cmVmdGtuOjAxOj', [ALNUM, 50]),
  'crates-io-token': () => token('cio', [ALNUM, 32]),
  'clojars-token': () => token('CLOJARS_', [LOWER_DIGITS, 60]),
  'huggingface-token': () => token('hf_', [LETTERS, 34]),
  'replicate-token': () => token('r8_', [ALNUM, 37]),
  'groq-api-key': () => token('gsk_', [ALNUM, 52]),
  'perplexity-api-key': () => token('pplx-', [ALNUM, 48]),
  'xai-api-key': () => token('xai-', [ALNUM, 80]),
  'langsmith-api-key': () => token('lsv2_pt_', [HEX, 32], '_', [HEX, 10]),
  'dropbox-token': () => token('sl.u.', [BASE64URL, 140]),
  'figma-token': () => token('figd_', [BASE64URL, 40]),
  'linear-api-key': () => token('lin_api_', [ALNUM, 40]),
  'notion-token': () => token('secret_', [ALNUM, 43]),
  'notion-api-key': () => token('ntn_', [DIGITS, 11], [ALNUM, 35]),
  'airtable-token': () => token('pat', [ALNUM, 14], '.', [HEX, 64]),
  'asana-token': () =>
    token('2/', [DIGITS, 16], '/', [DIGITS, 16], ':', [HEX, 32]),
  'postman-api-key': () => token('PMAK-', [HEX, 24], '-', [HEX, 34]),
  'contentful-token': () => token('CFPAT-', [BASE64URL, 43]),
  'mapbox-secret-token': () =>
    token('sk.', 'eyJ1Ijoi', [BASE64URL, 50], '.', [BASE64URL, 22]),
  'supabase-key': () => token('sbp_', [HEX, 40]),
  'planetscale-token': () => token('pscale_tkn_', [ALNUM, 43]),
  'databricks-token': () => token('dapi', [HEX, 32], '-2'),
  'age-secret-key': () =>
    token('AGE-SECRET-KEY-1', ['QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58]),
  'onepassword-token': () => token('ops_', 'eyJ', [BASE64URL, 300]),
  'onepassword-secret-key': () =>
    token(
      'A3-',
      [UPPER_DIGITS, 6],
      '-',
      [UPPER_DIGITS, 11],
      '-',
      [UPPER_DIGITS, 5],
      '-',
      [UPPER_DIGITS, 5],
      '-',
      [UPPER_DIGITS, 5],
    ),
  'typeform-token': () => token('tfp_', [ALNUM, 44]),
  'readme-api-key': () => token('rdme_', [LOWER_DIGITS, 70]),
  'launchdarkly-sdk-key': () => `sdk-${uuid()}`,
  'twitch-oauth-token': () => token('oauth:', [LOWER_DIGITS, 30]),
};

/** A field name and value for each vendor credential recognisable only by its field. */
export const KEYED_VENDOR_SAMPLES: Record<
  KeyedVendorId,
  () => { key: string; value: string }
> = {
  'twilio-auth-token': () => ({
    key: 'TWILIO_AUTH_TOKEN',
    value: chars(HEX, 32),
  }),
  'vonage-api-secret': () => ({
    key: 'vonage.api-secret',
    value: chars(ALNUM, 16),
  }),
  'plivo-auth-token': () => ({
    key: 'PLIVO_AUTH_TOKEN',
    value: chars(ALNUM, 40),
  }),
  'postmark-server-token': () => ({
    key: 'postmarkServerToken',
    value: uuid(),
  }),
  'sparkpost-api-key': () => ({
    key: 'SPARKPOST_API_KEY',
    value: chars(HEX, 40),
  }),
  'mailjet-api-key': () => ({
    key: 'MJ_SECRET_KEY',
    value: chars(HEX, 32),
  }),
  'mailgun-signing-key': () => ({
    key: 'mailgun_webhook_signing_key',
    value: chars(HEX, 32),
  }),
  'mandrill-legacy-key': () => ({
    key: 'MANDRILL_KEY',
    value: chars(BASE64URL, 22),
  }),
  'messagebird-access-key': () => ({
    key: 'messagebird-access-key',
    value: chars(ALNUM, 25),
  }),
  'aws-ses-smtp-password': () => ({
    key: 'SES_SMTP_PASSWORD',
    value: token('B', [BASE64, 43]),
  }),
  'heroku-legacy-api-key': () => ({ key: 'HEROKU_API_KEY', value: uuid() }),
  'linode-token': () => ({ key: 'LINODE_TOKEN', value: chars(HEX, 64) }),
  'cloudflare-api-token': () => ({
    key: 'CLOUDFLARE_API_TOKEN',
    value: chars(BASE64URL, 40),
  }),
  'fastly-api-token': () => ({
    key: 'FASTLY_API_TOKEN',
    value: chars(BASE64URL, 32),
  }),
  'okta-api-token': () => ({
    key: 'OKTA_API_TOKEN',
    value: token('00', [BASE64URL, 40]),
  }),
  'auth0-client-secret': () => ({
    key: 'AUTH0_CLIENT_SECRET',
    value: chars(BASE64URL, 64),
  }),
  'twitch-api-token': () => ({
    key: 'twitch_token',
    value: chars(LOWER_DIGITS, 30),
  }),
  'algolia-admin-key': () => ({
    key: 'ALGOLIA_ADMIN_KEY',
    value: chars(HEX, 32),
  }),
  'cohere-api-key': () => ({ key: 'COHERE_API_KEY', value: chars(ALNUM, 40) }),
  'lightstep-token': () => ({
    key: 'LIGHTSTEP_ACCESS_TOKEN',
    value: chars(BASE64, 84),
  }),
  'opsgenie-api-key': () => ({ key: 'opsgenie.com/api-key', value: uuid() }),
  'splunk-token': () => ({ key: 'SPLUNK_HEC_TOKEN', value: uuid() }),
  'honeycomb-legacy-key': () => ({
    key: 'HONEYCOMB_API_KEY',
    value: chars(ALNUM, 32),
  }),
  'codecov-token': () => ({ key: 'CODECOV_TOKEN', value: uuid() }),
  'travis-ci-token': () => ({
    key: 'TRAVIS_API_TOKEN',
    value: chars(BASE64URL, 22),
  }),
  'ibm-cloud-api-key': () => ({
    key: 'IBMCLOUD_API_KEY'.replace('IBMCLOUD', 'IBM_CLOUD'),
    value: chars(BASE64URL, 44),
  }),
  'scaleway-secret-key': () => ({ key: 'SCW_SECRET_KEY', value: uuid() }),
  'pagerduty-api-token': () => ({
    key: 'PAGERDUTY_API_TOKEN',
    value: token('u+', [BASE64URL, 18]),
  }),
  'azure-devops-legacy-pat': () => ({
    key: 'AZURE_DEVOPS_PAT'.replace('PAT', 'TOKEN'),
    value: chars('abcdefghijklmnopqrstuvwxyz234567', 52),
  }),
  'sumologic-key': () => ({ key: 'SUMO_ACCESS_KEY', value: chars(ALNUM, 64) }),
  'rollbar-token': () => ({
    key: 'ROLLBAR_ACCESS_TOKEN',
    value: chars(HEX, 32),
  }),
  'segment-write-key': () => ({
    key: 'SEGMENT_WRITE_KEY',
    value: chars(ALNUM, 32),
  }),
  'zendesk-api-token': () => ({
    key: 'ZENDESK_API_TOKEN',
    value: chars(ALNUM, 40),
  }),
  'launchdarkly-key': () => ({
    key: 'LAUNCHDARKLY_SDK_KEY',
    value: `sdk-${uuid()}`,
  }),
};

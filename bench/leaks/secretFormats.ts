import {
  ALNUM,
  BASE32,
  BASE64,
  BASE64URL,
  DIGITS,
  LETTERS,
  LOWER_DIGITS,
  SeededRandom,
  UPPER,
  UPPER_DIGITS,
} from '@internal/stagecraft-test-utils';
import { base64url, sshString, wrap64 } from './encoding';

/**
 * How a secret is written, which decides where it can be placed:
 * - `token`: one word, no spaces;
 * - `password`: one word, may hold punctuation (URL-encoded in URLs);
 * - `numeric`: a number, written as a YAML number where the placement allows;
 * - `phrase`: one line that carries its own context (an `Authorization:` header);
 * - `url`: a URL that carries the secret (webhooks, DSNs, database URLs);
 * - `connection`: a `key=value;` connection string;
 * - `multiline`: a PEM block or a JSON key file.
 */
export type SecretShape =
  | 'token'
  | 'password'
  | 'numeric'
  | 'phrase'
  | 'url'
  | 'connection'
  | 'multiline';

export type SecretFormat = {
  id: string;
  shape: SecretShape;
  /** What a person calls it in prose: "Datadog API key". */
  noun: string;
  /** The variable name teams give it: `DD_API_KEY`. */
  envName: string;
  /**
   * True when the value alone says what it is (a vendor prefix, a PEM header).
   * Other formats are random strings and are only placed next to words that
   * say what they are (a key name, an env name, a sentence).
   */
  selfEvident: boolean;
  generate(r: SeededRandom): string;
};

// Formats from each vendor's documentation. Bodies are random at run time.

const B64URL_TILDE = `${BASE64URL}.~`;
const BECH32_UPPER = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';

type Generate = (r: SeededRandom) => string;

const of = (
  shape: SecretShape,
  id: string,
  noun: string,
  envName: string,
  generate: Generate,
): SecretFormat => ({
  id,
  shape,
  noun,
  envName,
  selfEvident: shape !== 'password' && shape !== 'numeric',
  generate,
});

/** A token whose value alone says what it is (a vendor prefix). */
const token = (id: string, noun: string, envName: string, generate: Generate) =>
  of('token', id, noun, envName, generate);

/** A random-looking token: only placed next to words that say what it is. */
const contextual = (
  id: string,
  noun: string,
  envName: string,
  generate: Generate,
): SecretFormat => ({
  ...token(id, noun, envName, generate),
  selfEvident: false,
});

const HOSTS = ['db-orders', 'pg-billing', 'ledger-primary', 'reports-replica'];
const USERS = ['app', 'orders_svc', 'admin', 'billing', 'etl_user'];
const DATABASES = ['orders', 'billing', 'ledger', 'reports', 'inventory'];
const WORDS = [
  'winter',
  'harbor',
  'falcon',
  'copper',
  'meadow',
  'orbit',
  'velvet',
  'summit',
  'lantern',
  'pepper',
];

/** A password without `;`, quotes, `:`, `/`, `@`, `?` or `&`, so it embeds unquoted. */
export function randomPassword(r: SeededRandom): string {
  const body = r.chars(`${ALNUM}!#%*+-_.^~`, r.int(11, 23));
  return `${r.chars(UPPER, 1)}${body.slice(0, -2)}${r.chars(
    DIGITS,
    1,
  )}${r.chars('!#%*', 1)}`;
}

function wordPassword(r: SeededRandom): string {
  const word = () => {
    const w = r.pick(WORDS);
    return w[0].toUpperCase() + w.slice(1);
  };
  return `${word()}${r.pick(['-', '', '_'])}${word()}${r.int(10, 2099)}${r.pick(
    ['!', '#', '*', ''],
  )}`;
}

function pemBlock(label: string, prefix: number[], bodyBytes: number) {
  return (r: SeededRandom) => {
    const der = Buffer.concat([Buffer.from(prefix), r.bytes(bodyBytes)]);
    return `-----BEGIN ${label}-----\n${wrap64(
      der.toString('base64'),
    )}\n-----END ${label}-----\n`;
  };
}

const rsaPrivateKey = pemBlock(
  'RSA PRIVATE KEY',
  [0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00],
  1180,
);
const pkcs8PrivateKey = pemBlock(
  'PRIVATE KEY',
  [0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09],
  1200,
);

function openSshPrivateKey(r: SeededRandom): string {
  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0'),
    sshString('none'),
    sshString('none'),
    sshString(''),
    Buffer.from([0, 0, 0, 1]),
    sshString(
      Buffer.concat([sshString('ssh-ed25519'), sshString(r.bytes(32))]),
    ),
    r.bytes(r.int(140, 200)),
  ]);
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap64(
    body.toString('base64'),
  )}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

function pgpPrivateKey(r: SeededRandom): string {
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap64(
    Buffer.concat([
      Buffer.from([0x95, 0x05, 0x86, 0x04]),
      r.bytes(900),
    ]).toString('base64'),
  )}\n=${r.chars(BASE64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----\n`;
}

function puttyPrivateKey(r: SeededRandom): string {
  return [
    'PuTTY-User-Key-File-3: ssh-ed25519',
    'Encryption: none',
    `Comment: deploy@${r.pick(HOSTS)}`,
    'Public-Lines: 2',
    wrap64(
      Buffer.concat([
        sshString('ssh-ed25519'),
        sshString(r.bytes(32)),
      ]).toString('base64'),
    ),
    'Private-Lines: 1',
    sshString(r.bytes(32)).toString('base64'),
    `Private-MAC: ${r.hex(64)}`,
    '',
  ].join('\n');
}

function gcpServiceAccountKey(r: SeededRandom): string {
  const project = `${r.pick(DATABASES)}-prod-${r.int(100000, 999999)}`;
  const email = `deployer@${project}.iam.gserviceaccount.com`;
  return JSON.stringify(
    {
      type: 'service_account',
      project_id: project,
      private_key_id: r.hex(40),
      private_key: pkcs8PrivateKey(r),
      client_email: email,
      client_id: r.chars(DIGITS, 21),
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
      token_uri: 'https://oauth2.googleapis.com/token',
    },
    null,
    2,
  );
}

function jwt(r: SeededRandom): string {
  const alg = r.pick(['HS256', 'RS256', 'ES256']);
  const header = base64url(JSON.stringify({ alg, typ: 'JWT' }));
  const issuedAt = 1_700_000_000 + r.int(0, 50_000_000);
  const payload = base64url(
    JSON.stringify({
      sub: r.uuid(),
      iss: r.pick([
        'https://auth.example.com',
        'kubernetes/serviceaccount',
        'supabase',
      ]),
      role: r.pick(['service_role', 'admin', 'deployer']),
      iat: issuedAt,
      exp: issuedAt + r.int(3600, 31_536_000),
    }),
  );
  const signature = base64url(r.bytes(alg === 'RS256' ? 256 : 32));
  return `${header}.${payload}.${signature}`;
}

function databaseUrl(scheme: string, host: (r: SeededRandom) => string) {
  return (r: SeededRandom) =>
    `${scheme}://${r.pick(USERS)}:${encodeURIComponent(
      randomPassword(r),
    )}@${host(r)}/${r.pick(DATABASES)}`;
}

const internalHost = (port: number) => (r: SeededRandom) =>
  `${r.pick(HOSTS)}.internal.example.com:${port}`;

function discordBotToken(r: SeededRandom): string {
  const userId = `1${r.chars(DIGITS, 18)}`;
  return `${base64url(userId)}.${r.chars(BASE64URL, 6)}.${r.chars(
    BASE64URL,
    38,
  )}`;
}

function grafanaCloudToken(r: SeededRandom): string {
  const body = JSON.stringify({
    o: String(r.int(100000, 999999)),
    n: `stack-${r.int(100000, 999999)}-hm-read-${r.pick(WORDS)}`,
    k: r.chars(ALNUM, 24),
    m: { r: r.pick(['us', 'eu', 'prod-eu-west-2']) },
  });
  return `glc_${Buffer.from(body).toString('base64')}`;
}

function mapboxSecretToken(r: SeededRandom): string {
  const body = base64url(
    JSON.stringify({ u: r.pick(USERS), a: `cl${r.chars(LOWER_DIGITS, 23)}` }),
  );
  return `sk.${body}.${r.chars(BASE64URL, 22)}`;
}

function onePasswordServiceAccountToken(r: SeededRandom): string {
  const body = base64url(
    JSON.stringify({
      signInAddress: 'my.1password.com',
      userAuth: {
        method: 'SRPg-4096',
        alg: 'PBES2g-HS256',
        salt: r.chars(BASE64URL, 22),
      },
      email: `${r.chars(LOWER_DIGITS, 12)}@1passwordserviceaccounts.com`,
      srpX: r.hex(64),
      muk: { alg: 'A256GCM', ext: true, k: r.chars(BASE64URL, 43), kty: 'oct' },
      secretKey: `A3-${r.chars(UPPER_DIGITS, 6)}-${r.chars(UPPER_DIGITS, 11)}`,
    }),
  );
  return `ops_${body}`;
}

/** Every secret format in the labelled set, one row a format. */
// prettier-ignore
export const SECRET_FORMATS: SecretFormat[] = [
  // AWS
  token('aws-access-key-id', 'AWS access key id', 'AWS_ACCESS_KEY_ID', r => `AKIA${r.chars(BASE32, 16)}`),
  token('aws-temporary-access-key-id', 'AWS temporary access key id', 'AWS_ACCESS_KEY_ID', r => `ASIA${r.chars(BASE32, 16)}`),
  contextual('aws-secret-access-key', 'AWS secret access key', 'AWS_SECRET_ACCESS_KEY', r => r.chars(BASE64, 40)),
  contextual('aws-session-token', 'AWS session token', 'AWS_SESSION_TOKEN', r => `IQoJb3JpZ2luX2Vj${r.chars(BASE64, r.int(300, 420))}`),
  // Source hosting and package registries
  token('github-pat-classic', 'GitHub personal access token', 'GITHUB_TOKEN', r => `ghp_${r.chars(ALNUM, 36)}`),
  token('github-oauth-token', 'GitHub OAuth token', 'GITHUB_TOKEN', r => `gho_${r.chars(ALNUM, 36)}`),
  token('github-app-installation-token', 'GitHub App token', 'GH_APP_TOKEN', r => `ghs_${r.chars(ALNUM, 36)}`),
  token('github-user-to-server-token', 'GitHub user-to-server token', 'GH_USER_TOKEN', r => `ghu_${r.chars(ALNUM, 36)}`),
  token('github-refresh-token', 'GitHub refresh token', 'GH_REFRESH_TOKEN', r => `ghr_${r.chars(ALNUM, 76)}`),
  token('github-fine-grained-pat', 'GitHub fine-grained token', 'GITHUB_PAT', r => `github_pat_11${r.chars(UPPER_DIGITS, 20)}_${r.chars(ALNUM, 59)}`),
  token('gitlab-pat', 'GitLab personal access token', 'GITLAB_TOKEN', r => `glpat-${r.chars(BASE64URL, 20)}`),
  token('gitlab-runner-token', 'GitLab runner token', 'CI_RUNNER_TOKEN', r => `glrt-${r.chars(BASE64URL, 20)}`),
  token('gitlab-deploy-token', 'GitLab deploy token', 'GITLAB_DEPLOY_TOKEN', r => `gldt-${r.chars(BASE64URL, 20)}`),
  token('npm-token', 'npm access token', 'NPM_TOKEN', r => `npm_${r.chars(ALNUM, 36)}`),
  token('pypi-token', 'PyPI API token', 'PYPI_TOKEN', r => `pypi-AgEIcHlwaS5vcmc${r.chars(BASE64URL, r.int(60, 140))}`),
  token('rubygems-key', 'RubyGems API key', 'GEM_HOST_API_KEY', r => `rubygems_${r.hex(48)}`),
  token('nuget-key', 'NuGet API key', 'NUGET_API_KEY', r => `oy2${r.chars(LOWER_DIGITS, 43)}`),
  token('docker-hub-pat', 'Docker Hub access token', 'DOCKERHUB_TOKEN', r => `dckr_pat_${r.chars(BASE64URL, 27)}`),
  token('jfrog-api-key', 'JFrog API key', 'ARTIFACTORY_API_KEY', r => `AKCp8${r.chars(ALNUM, 68)}`),
  token('sonar-token', 'SonarQube token', 'SONAR_TOKEN', r => `squ_${r.hex(40)}`),
  token('buildkite-token', 'Buildkite API token', 'BUILDKITE_API_TOKEN', r => `bkua_${r.hex(40)}`),
  // Chat and notifications
  token('slack-bot-token', 'Slack bot token', 'SLACK_BOT_TOKEN', r => `xoxb-${r.chars(DIGITS, 11)}-${r.chars(DIGITS, 13)}-${r.chars(ALNUM, 24)}`),
  token('slack-user-token', 'Slack user token', 'SLACK_USER_TOKEN', r => `xoxp-${r.chars(DIGITS, 11)}-${r.chars(DIGITS, 11)}-${r.chars(DIGITS, 13)}-${r.hex(32)}`),
  token('slack-app-token', 'Slack app token', 'SLACK_APP_TOKEN', r => `xapp-1-A${r.chars(UPPER_DIGITS, 10)}-${r.chars(DIGITS, 13)}-${r.hex(64)}`),
  of('url', 'slack-webhook', 'Slack webhook URL', 'SLACK_WEBHOOK_URL', r => `https://hooks.slack.com/services/T${r.chars(UPPER_DIGITS, 8)}/B${r.chars(UPPER_DIGITS, 10)}/${r.chars(ALNUM, 24)}`),
  of('url', 'discord-webhook', 'Discord webhook URL', 'DISCORD_WEBHOOK_URL', r => `https://discord.com/api/webhooks/${r.chars(DIGITS, 19)}/${r.chars(BASE64URL, 68)}`),
  of('url', 'teams-webhook', 'Teams webhook URL', 'TEAMS_WEBHOOK_URL', r => `https://${r.pick(WORDS)}corp.webhook.office.com/webhookb2/${r.uuid()}@${r.uuid()}/IncomingWebhook/${r.hex(32)}/${r.uuid()}`),
  token('discord-bot-token', 'Discord bot token', 'DISCORD_BOT_TOKEN', discordBotToken),
  token('telegram-bot-token', 'Telegram bot token', 'TELEGRAM_BOT_TOKEN', r => `${r.int(100000000, 7999999999)}:AA${r.chars(BASE64URL, 33)}`),
  token('twilio-api-key', 'Twilio API key', 'TWILIO_API_KEY', r => `SK${r.hex(32)}`),
  contextual('twilio-auth-token', 'Twilio auth token', 'TWILIO_AUTH_TOKEN', r => r.hex(32)),
  token('sendgrid-key', 'SendGrid API key', 'SENDGRID_API_KEY', r => `SG.${r.chars(BASE64URL, 22)}.${r.chars(BASE64URL, 43)}`),
  token('mailgun-key', 'Mailgun API key', 'MAILGUN_API_KEY', r => `key-${r.hex(32)}`),
  token('mailchimp-key', 'Mailchimp API key', 'MAILCHIMP_API_KEY', r => `${r.hex(32)}-us${r.int(1, 21)}`),
  contextual('postmark-server-token', 'Postmark server token', 'POSTMARK_SERVER_TOKEN', r => r.uuid()),
  contextual('vonage-api-secret', 'Vonage API secret', 'VONAGE_API_SECRET', r => r.chars(ALNUM, 16)),
  // Observability and incident response
  contextual('datadog-api-key', 'Datadog API key', 'DD_API_KEY', r => r.hex(32)),
  contextual('datadog-app-key', 'Datadog application key', 'DD_APP_KEY', r => r.hex(40)),
  token('new-relic-user-key', 'New Relic user key', 'NEW_RELIC_API_KEY', r => `NRAK-${r.chars(UPPER_DIGITS, 27)}`),
  token('new-relic-license-key', 'New Relic license key', 'NEW_RELIC_LICENSE_KEY', r => `${r.hex(36)}NRAL`),
  of('url', 'sentry-dsn-with-secret', 'Sentry DSN', 'SENTRY_DSN', r => `https://${r.hex(32)}:${r.hex(32)}@o${r.int(100000, 999999)}.ingest.sentry.io/${r.int(1000000, 9999999)}`),
  token('sentry-user-token', 'Sentry auth token', 'SENTRY_AUTH_TOKEN', r => `sntryu_${r.hex(64)}`),
  contextual('pagerduty-integration-key', 'PagerDuty integration key', 'PAGERDUTY_INTEGRATION_KEY', r => r.hex(32)),
  contextual('pagerduty-api-token', 'PagerDuty API token', 'PAGERDUTY_TOKEN', r => r.chars(`${ALNUM}_+-`, 20)),
  token('grafana-service-account-token', 'Grafana service account token', 'GRAFANA_TOKEN', r => `glsa_${r.chars(ALNUM, 32)}_${r.hex(8)}`),
  token('grafana-cloud-token', 'Grafana Cloud token', 'GRAFANA_CLOUD_TOKEN', grafanaCloudToken),
  token('dynatrace-token', 'Dynatrace API token', 'DT_API_TOKEN', r => `dt0c01.${r.chars(UPPER_DIGITS, 24)}.${r.chars(UPPER_DIGITS, 64)}`),
  // Payments and commerce
  token('stripe-secret-key', 'Stripe secret key', 'STRIPE_SECRET_KEY', r => `sk_live_${r.chars(ALNUM, r.pick([24, 99]))}`),
  token('stripe-restricted-key', 'Stripe restricted key', 'STRIPE_RESTRICTED_KEY', r => `rk_live_${r.chars(ALNUM, r.pick([24, 99]))}`),
  token('stripe-webhook-secret', 'Stripe webhook signing secret', 'STRIPE_WEBHOOK_SECRET', r => `whsec_${r.chars(ALNUM, 32)}`),
  token('shopify-access-token', 'Shopify access token', 'SHOPIFY_ACCESS_TOKEN', r => `shpat_${r.hex(32)}`),
  token('shopify-shared-secret', 'Shopify shared secret', 'SHOPIFY_API_SECRET', r => `shpss_${r.hex(32)}`),
  token('square-access-token', 'Square access token', 'SQUARE_ACCESS_TOKEN', r => `EAAA${r.chars(BASE64URL, 60)}`),
  token('square-oauth-secret', 'Square OAuth secret', 'SQUARE_OAUTH_SECRET', r => `sq0csp-${r.chars(BASE64URL, 43)}`),
  token('shippo-token', 'Shippo API token', 'SHIPPO_API_TOKEN', r => `shippo_live_${r.hex(40)}`),
  // AI
  token('openai-project-key', 'OpenAI API key', 'OPENAI_API_KEY', r => `sk-proj-${r.chars(BASE64URL, 74)}T3BlbkFJ${r.chars(BASE64URL, 74)}`),
  token('openai-legacy-key', 'OpenAI API key', 'OPENAI_API_KEY', r => `sk-${r.chars(ALNUM, 20)}T3BlbkFJ${r.chars(ALNUM, 20)}`),
  token('anthropic-key', 'Anthropic API key', 'ANTHROPIC_API_KEY', r => `sk-ant-api03-${r.chars(BASE64URL, 93)}AA`),
  token('huggingface-token', 'Hugging Face token', 'HF_TOKEN', r => `hf_${r.chars(LETTERS, 34)}`),
  token('replicate-token', 'Replicate API token', 'REPLICATE_API_TOKEN', r => `r8_${r.chars(ALNUM, 37)}`),
  token('groq-key', 'Groq API key', 'GROQ_API_KEY', r => `gsk_${r.chars(ALNUM, 52)}`),
  // Cloud and infrastructure
  token('google-api-key', 'Google API key', 'GOOGLE_API_KEY', r => `AIza${r.chars(BASE64URL, 35)}`),
  token('google-oauth-client-secret', 'Google OAuth client secret', 'GOOGLE_CLIENT_SECRET', r => `GOCSPX-${r.chars(BASE64URL, 28)}`),
  of('multiline', 'gcp-service-account-key', 'GCP service account key', 'GOOGLE_CREDENTIALS', gcpServiceAccountKey),
  of('connection', 'azure-storage-connection-string', 'Azure storage connection string', 'AZURE_STORAGE_CONNECTION_STRING', r => `DefaultEndpointsProtocol=https;AccountName=${r.pick(WORDS)}${r.chars(LOWER_DIGITS, 6)};AccountKey=${r.bytes(64).toString('base64')};EndpointSuffix=core.windows.net`),
  contextual('azure-ad-client-secret', 'Azure AD client secret', 'AZURE_CLIENT_SECRET', r => `${r.chars(ALNUM, 3)}${r.chars(DIGITS, 1)}Q~${r.chars(B64URL_TILDE, 34)}`),
  of('url', 'azure-sas-url', 'Azure SAS URL', 'AZURE_BLOB_SAS_URL', r => `https://${r.pick(WORDS)}${r.chars(LOWER_DIGITS, 6)}.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2027-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(r.bytes(32).toString('base64'))}`),
  token('alibaba-access-key-id', 'Alibaba Cloud AccessKey id', 'ALIBABA_CLOUD_ACCESS_KEY_ID', r => `LTAI${r.chars(ALNUM, 20)}`),
  token('digitalocean-pat', 'DigitalOcean token', 'DIGITALOCEAN_TOKEN', r => `dop_v1_${r.hex(64)}`),
  token('digitalocean-oauth-token', 'DigitalOcean OAuth token', 'DO_OAUTH_TOKEN', r => `doo_v1_${r.hex(64)}`),
  token('heroku-api-key-v2', 'Heroku API key', 'HEROKU_API_KEY', r => `HRKU-AA${r.chars(BASE64URL, 58)}`),
  contextual('heroku-api-key', 'Heroku API key', 'HEROKU_API_KEY', r => r.uuid()),
  contextual('cloudflare-api-token', 'Cloudflare API token', 'CLOUDFLARE_API_TOKEN', r => r.chars(BASE64URL, 40)),
  token('doppler-personal-token', 'Doppler token', 'DOPPLER_TOKEN', r => `dp.pt.${r.chars(ALNUM, 43)}`),
  token('doppler-service-token', 'Doppler service token', 'DOPPLER_TOKEN', r => `dp.st.prd.${r.chars(ALNUM, 43)}`),
  token('vault-service-token', 'Vault token', 'VAULT_TOKEN', r => `hvs.${r.chars(BASE64URL, r.pick([24, 91]))}`),
  token('vault-batch-token', 'Vault batch token', 'VAULT_TOKEN', r => `hvb.${r.chars(BASE64URL, 138)}`),
  token('terraform-cloud-token', 'Terraform Cloud token', 'TFE_TOKEN', r => `${r.chars(ALNUM, 14)}.atlasv1.${r.chars(ALNUM, 67)}`),
  token('pulumi-token', 'Pulumi access token', 'PULUMI_ACCESS_TOKEN', r => `pul-${r.hex(40)}`),
  token('databricks-token', 'Databricks token', 'DATABRICKS_TOKEN', r => `dapi${r.hex(32)}`),
  token('tailscale-key', 'Tailscale auth key', 'TS_AUTHKEY', r => `tskey-auth-${r.chars(ALNUM, 16)}-${r.chars(ALNUM, 33)}`),
  token('netlify-token', 'Netlify token', 'NETLIFY_AUTH_TOKEN', r => `nfp_${r.chars(ALNUM, 36)}`),
  token('supabase-token', 'Supabase access token', 'SUPABASE_ACCESS_TOKEN', r => `sbp_${r.hex(40)}`),
  token('planetscale-token', 'PlanetScale token', 'PLANETSCALE_TOKEN', r => `pscale_tkn_${r.chars(BASE64URL, 43)}`),
  token('age-secret-key', 'age secret key', 'SOPS_AGE_KEY', r => `AGE-SECRET-KEY-1${r.chars(BECH32_UPPER, 58)}`),
  contextual('okta-api-token', 'Okta API token', 'OKTA_API_TOKEN', r => `00${r.chars(BASE64URL, 40)}`),
  contextual('consul-acl-token', 'Consul ACL token', 'CONSUL_HTTP_TOKEN', r => r.uuid()),
  token('launchdarkly-sdk-key', 'LaunchDarkly SDK key', 'LD_SDK_KEY', r => `sdk-${r.uuid()}`),
  token('firebase-server-key', 'Firebase Cloud Messaging server key', 'FCM_SERVER_KEY', r => `AAAA${r.chars(BASE64URL, 7)}:APA91b${r.chars(BASE64URL, 134)}`),
  token('onepassword-service-account-token', '1Password service account token', 'OP_SERVICE_ACCOUNT_TOKEN', onePasswordServiceAccountToken),
  token('mapbox-secret-token', 'Mapbox secret token', 'MAPBOX_SECRET_TOKEN', mapboxSecretToken),
  // Work tools
  token('atlassian-api-token', 'Atlassian API token', 'JIRA_API_TOKEN', r => `ATATT3xFfGF0${r.chars(BASE64URL, 170)}=${r.hex(8).toUpperCase()}`),
  token('linear-api-key', 'Linear API key', 'LINEAR_API_KEY', r => `lin_api_${r.chars(ALNUM, 40)}`),
  token('notion-token', 'Notion integration token', 'NOTION_TOKEN', r => `ntn_${r.chars(DIGITS, 11)}${r.chars(ALNUM, 35)}`),
  token('figma-token', 'Figma token', 'FIGMA_TOKEN', r => `figd_${r.chars(BASE64URL, 40)}`),
  token('postman-api-key', 'Postman API key', 'POSTMAN_API_KEY', r => `PMAK-${r.hex(24)}-${r.hex(34)}`),
  token('airtable-pat', 'Airtable token', 'AIRTABLE_TOKEN', r => `pat${r.chars(ALNUM, 14)}.${r.hex(64)}`),
  token('contentful-pat', 'Contentful management token', 'CONTENTFUL_MANAGEMENT_TOKEN', r => `CFPAT-${r.chars(BASE64URL, 43)}`),
  contextual('zendesk-api-token', 'Zendesk API token', 'ZENDESK_API_TOKEN', r => r.chars(ALNUM, 40)),
  contextual('algolia-admin-key', 'Algolia admin API key', 'ALGOLIA_ADMIN_KEY', r => r.hex(32)),
  contextual('oauth-client-secret', 'OAuth client secret', 'OAUTH_CLIENT_SECRET', r => r.chars(ALNUM, r.int(32, 48))),
  contextual('webhook-signing-secret', 'webhook signing secret', 'WEBHOOK_SECRET', r => r.chars(ALNUM, r.int(24, 40))),
  // Keys and signed tokens
  of('multiline', 'rsa-private-key', 'RSA private key', 'TLS_KEY', rsaPrivateKey),
  of('multiline', 'ec-private-key', 'EC private key', 'SIGNING_KEY', pemBlock('EC PRIVATE KEY', [0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20], 112)),
  of('multiline', 'pkcs8-private-key', 'private key', 'PRIVATE_KEY', pkcs8PrivateKey),
  of('multiline', 'encrypted-private-key', 'encrypted private key', 'ENCRYPTED_KEY', pemBlock('ENCRYPTED PRIVATE KEY', [0x30, 0x82, 0x05, 0x2e, 0x30, 0x58], 1320)),
  of('multiline', 'dsa-private-key', 'DSA private key', 'DSA_KEY', pemBlock('DSA PRIVATE KEY', [0x30, 0x82, 0x01, 0xbb, 0x02, 0x01, 0x00], 440)),
  of('multiline', 'openssh-private-key', 'SSH private key', 'SSH_PRIVATE_KEY', openSshPrivateKey),
  of('multiline', 'pgp-private-key', 'PGP private key', 'GPG_PRIVATE_KEY', pgpPrivateKey),
  of('multiline', 'putty-private-key', 'PuTTY private key', 'PPK_KEY', puttyPrivateKey),
  token('jwt', 'JWT', 'SERVICE_JWT', jwt),
  of('phrase', 'basic-auth-header', 'Basic authorization header', 'AUTH_HEADER', r => `Authorization: Basic ${Buffer.from(`${r.pick(USERS)}:${randomPassword(r)}`).toString('base64')}`),
  of('phrase', 'bearer-auth-header', 'Bearer authorization header', 'AUTH_HEADER', r => `Authorization: Bearer ${r.chars(ALNUM, r.int(32, 64))}`),
  // Databases
  of('url', 'postgres-url', 'PostgreSQL URL', 'DATABASE_URL', databaseUrl('postgres', internalHost(5432))),
  of('url', 'mysql-url', 'MySQL URL', 'DATABASE_URL', databaseUrl('mysql', internalHost(3306))),
  of('url', 'mongodb-srv-url', 'MongoDB URL', 'MONGODB_URI', databaseUrl('mongodb+srv', r => `cluster0.${r.chars(LOWER_DIGITS, 5)}.mongodb.net`)),
  of('url', 'redis-url', 'Redis URL', 'REDIS_URL', r => `rediss://default:${encodeURIComponent(randomPassword(r))}@${r.pick(HOSTS)}.cache.example.com:6380/0`),
  of('url', 'amqp-url', 'RabbitMQ URL', 'AMQP_URL', databaseUrl('amqps', internalHost(5671))),
  of('connection', 'jdbc-postgres', 'JDBC URL', 'JDBC_URL', r => `jdbc:postgresql://${r.pick(HOSTS)}:5432/${r.pick(DATABASES)}?user=${r.pick(USERS)}&password=${randomPassword(r)}&ssl=true`),
  of('connection', 'jdbc-sqlserver', 'JDBC URL', 'JDBC_URL', r => `jdbc:sqlserver://${r.pick(HOSTS)}:1433;databaseName=${r.pick(DATABASES)};user=${r.pick(USERS)};password=${randomPassword(r)};encrypt=true`),
  of('connection', 'adonet-connection-string', 'SQL Server connection string', 'ConnectionStrings__Default', r => `Server=tcp:${r.pick(HOSTS)}.database.windows.net,1433;Initial Catalog=${r.pick(DATABASES)};User ID=${r.pick(USERS)};Password=${randomPassword(r)};Encrypt=True;`),
  // Passwords
  of('password', 'random-password', 'password', 'DB_PASSWORD', randomPassword),
  of('password', 'word-password', 'password', 'ADMIN_PASSWORD', wordPassword),
  of('numeric', 'numeric-password', 'password', 'DB_PASSWORD', r => String(r.int(100000, 99999999999))),
];

// The harness runs in tests only (a devDependency), never in the published package.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import {
  ALNUM,
  BASE64,
  BASE64URL,
  DIGITS,
  HEX,
  LOWER_DIGITS,
  UPPER_DIGITS,
  seededRandom,
} from '@internal/stagecraft-test-utils';
import { LeakDetectorId } from '../types';

// Fake secrets for tests. Every value is generated at run time from a seeded
// generator, so the repository contains nothing that a secret scanner (or
// GitHub push protection) would take for a live credential.

export { ALNUM, BASE64, DIGITS, HEX };

let nextSeed = 1;
/** Seeded random characters, different on every call, the same on every run. */
export function chars(alphabet: string, length: number): string {
  return seededRandom(nextSeed++ * 7919).chars(alphabet, length);
}

const b64url = (text: string) =>
  btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

function pem(name: string, label: string): FakeSecret {
  const body = Array.from({ length: 6 }, () => chars(BASE64, 64)).join('\n');
  return embedded(name, 'private-key', body, key =>
    [`-----BEGIN ${label}-----`, key, `-----END ${label}-----`].join('\n'),
  );
}

function jwtToken(alg: string, claims: object): string {
  return [
    b64url(JSON.stringify({ alg, typ: 'JWT' })),
    b64url(JSON.stringify(claims)),
    chars(BASE64URL, alg.startsWith('HS') ? 43 : 342),
  ].join('.');
}

export type FakeSecret = {
  name: string;
  value: string;
  detector: LeakDetectorId;
  /** Set for secrets that are only recognisable by the field they are in. */
  key?: string;
  /** The secret part of `value` when the rest is not secret (a URL around a password). */
  sensitive?: string;
};

/** A secret embedded in non-secret text, e.g. a password in a connection string. */
function embedded(
  name: string,
  detector: LeakDetectorId,
  secret: string,
  build: (secret: string) => string,
): FakeSecret {
  return { name, detector, value: build(secret), sensitive: secret };
}

/**
 * Secrets recognisable by their format, each made of its parts joined by
 * `separator`, by name.
 */
function joined(
  detector: LeakDetectorId,
  separator: string,
  partsByName: Record<string, string[]>,
): FakeSecret[] {
  return Object.entries(partsByName).map(([name, parts]) => ({
    name,
    value: parts.join(separator),
    detector,
  }));
}

function password(): string {
  return `${chars(ALNUM, 10)}!${chars(DIGITS, 2)}`;
}

/** Secrets recognisable by their format wherever they appear. */
export const FORMAT_SECRETS: FakeSecret[] = [
  ...joined('aws-access-key-id', '', {
    'AWS access key ID': ['AKIA', chars(UPPER_DIGITS, 16)],
    'AWS temporary access key ID': ['ASIA', chars(UPPER_DIGITS, 16)],
  }),
  pem('RSA private key', 'RSA PRIVATE KEY'),
  pem('EC private key', 'EC PRIVATE KEY'),
  pem('OpenSSH private key', 'OPENSSH PRIVATE KEY'),
  pem('PKCS#8 private key', 'PRIVATE KEY'),
  pem('encrypted PKCS#8 private key', 'ENCRYPTED PRIVATE KEY'),
  pem('PGP private key', 'PGP PRIVATE KEY BLOCK'),
  {
    name: 'JWT (HS256)',
    value: jwtToken('HS256', { sub: 'svc-reviews', iat: 1700000000 }),
    detector: 'jwt',
  },
  {
    name: 'JWT (RS256)',
    value: jwtToken('RS256', {
      iss: 'https://auth.example.com',
      aud: 'reviews',
      exp: 1900000000,
      scope: 'admin',
    }),
    detector: 'jwt',
  },
  embedded(
    'PostgreSQL URL with password',
    'url-password',
    password(),
    pw =>
      `postgres://reviews_app:${pw}@reviews-db.cluster-abc.eu-west-1.rds.amazonaws.com:5432/reviews`,
  ),
  embedded(
    'MongoDB SRV URL with password',
    'url-password',
    password(),
    pw =>
      `mongodb+srv://catalog:${pw}@cluster0.ab1cd.mongodb.net/catalog?retryWrites=true`,
  ),
  embedded(
    'Redis URL with password',
    'url-password',
    password(),
    pw => `redis://:${pw}@cache.internal:6379/0`,
  ),
  embedded(
    'AMQP URL with password',
    'url-password',
    password(),
    pw => `amqps://orders:${pw}@mq.example.net:5671/orders`,
  ),
  embedded(
    'HTTPS basic-auth URL',
    'url-password',
    password(),
    pw => `https://deploy:${pw}@nexus.example.com/repository/releases/`,
  ),
  embedded(
    'ADO.NET connection string',
    'connection-string-password',
    password(),
    pw =>
      `Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=billing;User ID=billing_app;Password=${pw};Encrypt=True;`,
  ),
  embedded(
    'ODBC connection string',
    'connection-string-password',
    password(),
    pw =>
      `Driver={ODBC Driver 18};Server=db01;Database=hr;Uid=hr_ro;Pwd=${pw};`,
  ),
  embedded(
    'JDBC URL with password parameter',
    'connection-string-password',
    password(),
    pw =>
      `jdbc:mysql://mysql.internal:3306/shop?user=shop&password=${pw}&useSSL=true`,
  ),
  embedded(
    'Azure storage connection string',
    'azure-storage-key',
    `${chars(BASE64, 86)}==`,
    key =>
      `DefaultEndpointsProtocol=https;AccountName=stagecraftlogs;AccountKey=${key};EndpointSuffix=core.windows.net`,
  ),
  embedded(
    'Azure Service Bus connection string',
    'azure-storage-key',
    `${chars(BASE64, 43)}=`,
    key =>
      `Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${key}`,
  ),
  ...joined('github-token', '_', {
    'GitHub personal access token (classic)': ['ghp', chars(ALNUM, 36)],
    'GitHub OAuth token': ['gho', chars(ALNUM, 36)],
    'GitHub app installation token': ['ghs', chars(ALNUM, 36)],
    'GitHub refresh token': ['ghr', chars(ALNUM, 36)],
    'GitHub fine-grained token': [
      'github',
      'pat',
      `11${chars(UPPER_DIGITS, 20)}_${chars(ALNUM, 59)}`,
    ],
  }),
  ...joined('gitlab-token', '-', {
    'GitLab personal access token': ['glpat', chars(ALNUM, 20)],
  }),
  ...joined('slack-token', '-', {
    'Slack bot token': [
      'xoxb',
      chars(DIGITS, 12),
      chars(DIGITS, 13),
      chars(ALNUM, 24),
    ],
    'Slack user token': [
      'xoxp',
      chars(DIGITS, 12),
      chars(DIGITS, 12),
      chars(DIGITS, 13),
      chars(HEX, 32),
    ],
    'Slack app-level token': [
      'xapp',
      '1',
      `A${chars(UPPER_DIGITS, 10)}`,
      chars(DIGITS, 13),
      chars(HEX, 64),
    ],
  }),
  embedded(
    'Slack incoming webhook',
    'slack-webhook',
    `T${chars(UPPER_DIGITS, 8)}/B${chars(UPPER_DIGITS, 10)}/${chars(
      ALNUM,
      24,
    )}`,
    path => `https://hooks.slack.com/services/${path}`,
  ),
  ...joined('stripe-key', '_', {
    'Stripe live secret key': ['sk', 'live', chars(ALNUM, 24)],
    'Stripe live restricted key': ['rk', 'live', chars(ALNUM, 99)],
    'Stripe test secret key': ['sk', 'test', chars(ALNUM, 24)],
  }),
  ...joined('google-api-key', '', {
    'Google API key': ['AIza', chars(`${ALNUM}-_`, 35)],
  }),
  ...joined('npm-token', '_', {
    'npm access token': ['npm', chars(ALNUM, 36)],
  }),
  ...joined('twilio-key', '', {
    'Twilio API key SID': ['SK', chars(HEX, 32)],
    'Twilio account SID': ['AC', chars(HEX, 32)],
  }),
  ...joined('sendgrid-key', '.', {
    'SendGrid API key': ['SG', chars(BASE64URL, 22), chars(BASE64URL, 43)],
  }),
  ...joined('openai-key', '-', {
    'OpenAI project key': ['sk', 'proj', chars(BASE64URL, 120)],
    'OpenAI legacy key': [
      'sk',
      `${chars(ALNUM, 20)}T3BlbkFJ${chars(ALNUM, 20)}`,
    ],
    'Anthropic API key': ['sk', 'ant', 'api03', chars(BASE64URL, 93)],
  }),
  ...joined('atlassian-token', '', {
    'Atlassian API token': [
      'ATATT3xFfGF0',
      chars(BASE64URL, 180),
      '=',
      chars(UPPER_DIGITS, 8),
    ],
  }),
];

/** Secrets recognisable only by the name of the field holding them. */
export const KEYED_SECRETS: FakeSecret[] = [
  {
    name: 'AWS secret access key',
    key: 'aws_secret_access_key',
    value: `${chars(ALNUM, 12)}/${chars(ALNUM, 14)}+${chars(ALNUM, 12)}`,
    detector: 'aws-secret-access-key',
  },
  {
    name: 'Datadog API key',
    key: 'datadoghq.com/api-key',
    value: chars(HEX, 32),
    detector: 'datadog-api-key',
  },
  {
    name: 'Datadog application key',
    key: 'DD_APP_KEY',
    value: chars(HEX, 40),
    detector: 'datadog-api-key',
  },
  {
    name: 'PagerDuty integration key',
    key: 'pagerduty.com/integration-key',
    value: chars(LOWER_DIGITS, 32),
    detector: 'pagerduty-integration-key',
  },
  {
    name: 'random token in a token annotation',
    key: 'example.com/token',
    value: chars(ALNUM, 32),
    detector: 'generic-secret',
  },
  {
    name: 'UUID webhook token',
    key: 'webhook-token',
    value: [
      chars(HEX, 8),
      chars(HEX, 4),
      `4${chars(HEX, 3)}`,
      `a${chars(HEX, 3)}`,
      chars(HEX, 12),
    ].join('-'),
    detector: 'generic-secret',
  },
  {
    name: 'OAuth client secret',
    key: 'client_secret',
    value: chars(`${ALNUM}~._-`, 40),
    detector: 'generic-secret',
  },
  {
    name: 'base64 credentials',
    key: 'credentials',
    value: btoa(`svc-backup:${password()}`),
    detector: 'generic-secret',
  },
  {
    name: 'hex encryption key',
    key: 'encryptionSecret',
    value: chars(HEX, 64),
    detector: 'generic-secret',
  },
  {
    name: 'API key without a known format',
    key: 'apiKey',
    value: chars(ALNUM, 24),
    detector: 'generic-secret',
  },
  {
    name: 'Heroku-style API key',
    key: 'HEROKU_API_KEY',
    value: [
      chars(HEX, 8),
      chars(HEX, 4),
      chars(HEX, 4),
      chars(HEX, 4),
      chars(HEX, 12),
    ].join('-'),
    detector: 'heroku-legacy-api-key',
  },
  {
    name: 'base64 private key without PEM header',
    key: 'privateKey',
    value: chars(BASE64, 88),
    detector: 'generic-secret',
  },
  {
    name: 'bearer auth token',
    key: 'auth',
    value: chars(BASE64URL, 28),
    detector: 'generic-secret',
  },
  {
    name: 'short database password',
    key: 'password',
    value: `Winter${chars(DIGITS, 4)}!`,
    detector: 'password-field',
  },
  {
    name: 'short password with symbols',
    key: 'db_passwd',
    value: `p@ss-${chars(ALNUM, 5)}`,
    detector: 'password-field',
  },
];

export const ALL_FAKE_SECRETS = [...FORMAT_SECRETS, ...KEYED_SECRETS];

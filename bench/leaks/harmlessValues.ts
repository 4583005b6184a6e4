import {
  ALNUM,
  DIGITS,
  LOWER,
  LOWER_DIGITS,
  SeededRandom,
  UPPER,
  UPPER_DIGITS,
} from '@internal/stagecraft-test-utils';
import { sshString, wrap64 } from './encoding';

/**
 * How a harmless value is written: one `word`, a `url`, a `number`, `prose`
 * (sentences) or a `multiline` block.
 */
export type HarmlessShape = 'word' | 'url' | 'number' | 'prose' | 'multiline';

/** A kind of value that catalogs carry and that is not a secret. */
export type HarmlessKind = {
  id: string;
  shape: HarmlessShape;
  noun: string;
  /** Annotation keys teams use for it. */
  annotationKeys: string[];
  /** Keys under `spec` teams use for it. */
  specKeys: string[];
  envName: string;
  /**
   * Identifiers vendors publish for use in browsers and apps (a Stripe
   * publishable key, a Sentry DSN without secret): not secrets, but whether a
   * guard may flag them is a policy choice, so they are scored apart.
   */
  publicByDesign: boolean;
  generate(r: SeededRandom): string;
};

const REGIONS = ['eu-west-1', 'us-east-1', 'eu-central-1', 'ap-southeast-2'];
const NAMES = ['orders', 'billing', 'ledger', 'search', 'events', 'identity'];
const ORGS = ['acme', 'example-org', 'stagecraft-labs'];

const accountId = (r: SeededRandom) => r.chars(DIGITS, 12);
const name = (r: SeededRandom) =>
  `${r.pick(NAMES)}-${r.pick(['api', 'worker', 'prod', 'ingest'])}`;

function arn(r: SeededRandom): string {
  const region = r.pick(REGIONS);
  const account = accountId(r);
  return r.pick([
    () => `arn:aws:iam::${account}:role/${name(r)}-role`,
    () => `arn:aws:lambda:${region}:${account}:function:${name(r)}`,
    () => `arn:aws:sqs:${region}:${account}:${name(r)}-queue`,
    () => `arn:aws:s3:::${name(r)}-${r.chars(LOWER_DIGITS, 6)}`,
    () => `arn:aws:dynamodb:${region}:${account}:table/${name(r)}`,
    () => `arn:aws:kinesis:${region}:${account}:stream/${name(r)}`,
    () => `arn:aws:sns:${region}:${account}:${name(r)}-alerts`,
    () => `arn:aws:acm:${region}:${account}:certificate/${r.uuid()}`,
    () =>
      `arn:aws:execute-api:${region}:${account}:${r.chars(
        LOWER_DIGITS,
        10,
      )}/prod/GET/orders`,
    () => `arn:aws:kms:${region}:${account}:key/${r.uuid()}`,
  ])();
}

function sshPublicKey(r: SeededRandom): string {
  const rsa = r.next() < 0.4;
  const type = rsa ? 'ssh-rsa' : 'ssh-ed25519';
  const body = rsa
    ? Buffer.concat([
        sshString(type),
        sshString(Buffer.from([1, 0, 1])),
        sshString(r.bytes(257)),
      ])
    : Buffer.concat([sshString(type), sshString(r.bytes(32))]);
  return `${type} ${body.toString('base64')} deploy@${name(r)}`;
}

function pem(label: string, prefix: number[], bytes: number) {
  return (r: SeededRandom) =>
    `-----BEGIN ${label}-----\n${wrap64(
      Buffer.concat([Buffer.from(prefix), r.bytes(bytes)]).toString('base64'),
    )}\n-----END ${label}-----\n`;
}
const certificate = pem(
  'CERTIFICATE',
  [0x30, 0x82, 0x03, 0x2d, 0x30, 0x82, 0x02, 0x15, 0xa0, 0x03],
  800,
);
const publicKey = pem(
  'PUBLIC KEY',
  [0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09],
  280,
);

const SENTENCES = [
  'Receives order events from the checkout service and writes them to the ledger.',
  'Credentials are read from AWS Secrets Manager at start-up and never logged.',
  'The API key is rotated every 90 days by the secrets-rotator job.',
  'Tokens issued by the identity service expire after one hour.',
  'Ask #platform-help for access; never paste passwords into tickets.',
  'The signing key lives in KMS; this service only calls Sign and Verify.',
  'Set DB_PASSWORD from the orders-db secret before running locally.',
  'Batch size and concurrency are tuned for the nightly peak.',
  'Owned by the payments team since the 2023 re-organisation.',
  'Dashboards and alarms are linked below; the runbook covers failover.',
  'Replaces the legacy cron job that ran on the shared bastion host.',
  'The consumer is idempotent: a replayed event is acknowledged and dropped.',
  'Access to production requires a break-glass approval in the on-call channel.',
  'Webhook payloads are signed; the verification secret is in the vault under payments/.',
  'p99 latency is about 120 ms; timeouts are set at 2 seconds with three retries.',
  'A public key for verifying release signatures is published on the wiki.',
  'Do not commit .env files; the pre-commit hook rejects them.',
  'Data older than 400 days is archived to Glacier by a lifecycle rule.',
];

function longProse(r: SeededRandom): string {
  const count = r.int(3, 9);
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    sentences.push(r.pick(SENTENCES));
  }
  return sentences.join(' ');
}

function harmlessUrl(r: SeededRandom): string {
  return r.pick([
    () =>
      `https://grafana.example.com/d/${r.chars(ALNUM, 9)}/${r.pick(
        NAMES,
      )}?orgId=1&from=now-6h&to=now&var-env=prod`,
    () =>
      `https://github.com/${r.pick(ORGS)}/${name(
        r,
      )}/blob/main/README.md?plain=1`,
    () =>
      `https://app.datadoghq.com/dashboard/${r.chars(LOWER, 3)}-${r.chars(
        LOWER,
        3,
      )}-${r.chars(LOWER, 3)}?tpl_var_env=prod&from_ts=${r.int(
        1700000000000,
        1800000000000,
      )}&live=true`,
    () =>
      `https://${r.pick(
        REGIONS,
      )}.console.aws.amazon.com/cloudwatch/home?region=${r.pick(
        REGIONS,
      )}#dashboards:name=${name(r)}`,
    () =>
      `https://example.atlassian.net/issues/?jql=project%20%3D%20${r.chars(
        UPPER,
        3,
      )}%20AND%20status%20%3D%20Open`,
    () =>
      `https://sonarcloud.io/dashboard?id=${r.pick(ORGS)}_${name(
        r,
      )}&branch=main`,
    () =>
      `https://wiki.example.com/runbooks/${name(
        r,
      )}?utm_source=backstage&utm_medium=catalog&utm_campaign=runbooks`,
    () =>
      `https://api.example.com/v1/items?page=${r.int(
        1,
        40,
      )}&per_page=50&sort=created_at&order=desc`,
    () => `https://login.microsoftonline.com/${r.uuid()}/oauth2/v2.0/token`,
    () =>
      `https://accounts.google.com/o/oauth2/v2/auth?client_id=${r.chars(
        DIGITS,
        12,
      )}-${r.chars(
        LOWER_DIGITS,
        32,
      )}.apps.googleusercontent.com&response_type=code&scope=openid%20email`,
    () =>
      `https://example.pagerduty.com/service-directory/P${r.chars(
        UPPER_DIGITS,
        6,
      )}?tab=incidents`,
    () =>
      `https://s3.console.aws.amazon.com/s3/buckets/${name(r)}?region=${r.pick(
        REGIONS,
      )}&tab=objects`,
    () => `https://status.example.com/reset-password?step=1&lang=en`,
  ])();
}

function cloudResourceId(r: SeededRandom): string {
  return r.pick([
    () => `ami-${r.hex(17)}`,
    () => `i-${r.hex(17)}`,
    () => `sg-${r.hex(17)}`,
    () => `vpc-${r.hex(17)}`,
    () => `subnet-${r.hex(17)}`,
    () => `E${r.chars(UPPER_DIGITS, 13)}`,
    () => `Z${r.chars(UPPER_DIGITS, r.pick([13, 20]))}`,
    () => `${r.pick(REGIONS)}_${r.chars(ALNUM, 9)}`,
    () => r.chars(LOWER_DIGITS, 26),
  ])();
}

function identifier(r: SeededRandom): string {
  return r.pick([
    () => `${r.pick(NAMES)}-team@example.com`,
    () => `${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 99)}`,
    () => `${r.int(0, 59)} ${r.int(0, 23)} * * ${r.int(0, 6)}`,
    () => `C${r.chars(UPPER_DIGITS, 10)}`,
    () => `${r.chars(UPPER, 3)}-${r.int(1, 9999)}`,
    () => `${r.chars(LOWER, 3)}-${r.chars(LOWER, 3)}-${r.chars(LOWER, 3)}`,
    () => `${r.pick(NAMES)}-prod-${r.int(100000, 999999)}`,
    () => `${name(r)}.${r.pick(REGIONS)}.internal.example.com`,
  ])();
}

const kind = (
  id: string,
  shape: HarmlessShape,
  noun: string,
  keys: {
    annotation: string[];
    spec: string[];
    env: string;
    publicByDesign?: boolean;
  },
  generate: (r: SeededRandom) => string,
): HarmlessKind => ({
  id,
  shape,
  noun,
  annotationKeys: keys.annotation,
  specKeys: keys.spec,
  envName: keys.env,
  publicByDesign: keys.publicByDesign ?? false,
  generate,
});

const defaultsBase64 = (r: SeededRandom) =>
  Buffer.from(
    r.next() < 0.5
      ? JSON.stringify({
          region: r.pick(REGIONS),
          replicas: r.int(1, 9),
          features: { search: true, export: r.next() < 0.5 },
          owner: r.pick(NAMES),
        })
      : longProse(r),
  ).toString('base64');

const secretReference = (r: SeededRandom) =>
  r.pick([
    () => `prod/${r.pick(NAMES)}/db-password`,
    () => `vault:secret/data/${r.pick(NAMES)}#password`,
    () => `${r.pick(NAMES)}-db-credentials`,
    () =>
      `{{resolve:secretsmanager:prod/${r.pick(
        NAMES,
      )}/db:SecretString:password}}`,
    () => `alias/${r.pick(NAMES)}-prod`,
  ])();

const secretExpression = (r: SeededRandom) =>
  r.pick([
    () => `\${{ secrets.${r.pick(['NPM_TOKEN', 'DB_PASSWORD', 'API_KEY'])} }}`,
    () => `\${${r.pick(['DB_PASSWORD', 'GITHUB_TOKEN'])}}`,
    () => `$(${r.pick(['DB_PASSWORD', 'API_KEY'])})`,
    () => `{{ .Values.${r.pick(['db.password', 'apiKey'])} }}`,
  ])();

/** Every kind of harmless value in the labelled set, one row a kind. */
// prettier-ignore
export const HARMLESS_KINDS: HarmlessKind[] = [
  kind('git-sha', 'word', 'commit', { annotation: ['example.com/git-commit', 'argocd/revision'], spec: ['revision', 'commitSha'], env: 'GIT_SHA' }, r => r.hex(40)),
  kind('short-git-sha', 'word', 'commit', { annotation: ['example.com/build-commit'], spec: ['buildCommit'], env: 'GIT_SHORT_SHA' }, r => r.hex(r.int(7, 12))),
  kind('aws-account-id', 'word', 'AWS account', { annotation: ['aws-account-id', 'aws.amazon.com/account-id'], spec: ['awsAccountId', 'aws_account_id'], env: 'AWS_ACCOUNT_ID' }, accountId),
  kind('aws-arn', 'word', 'ARN', { annotation: ['amazonaws.com/arn', 'example.com/role-arn'], spec: ['arn', 'roleArn'], env: 'ROLE_ARN' }, arn),
  kind('secrets-manager-arn', 'word', 'secret ARN', { annotation: ['example.com/secret-arn'], spec: ['secretArn', 'passwordSecretArn'], env: 'DB_SECRET_ARN' }, r => `arn:aws:secretsmanager:${r.pick(REGIONS)}:${accountId(r)}:secret:prod/${r.pick(NAMES)}/db-credentials-${r.chars(ALNUM, 6)}`),
  kind('kms-key-id', 'word', 'KMS key', { annotation: ['kms-key-id', 'aws.amazon.com/kms-key-id'], spec: ['kmsKeyId', 'encryptionKeyId'], env: 'KMS_KEY_ID' }, r => (r.next() < 0.7 ? r.uuid() : `mrk-${r.hex(32)}`)),
  kind('uuid', 'word', 'client id', { annotation: ['azure.com/tenant-id', 'example.com/client-id'], spec: ['clientId', 'tenantId', 'correlationId'], env: 'AZURE_CLIENT_ID' }, r => r.uuid()),
  kind('image-digest', 'word', 'image', { annotation: ['example.com/image-digest'], spec: ['image', 'digest'], env: 'IMAGE' }, r => (r.next() < 0.5 ? `sha256:${r.hex(64)}` : `${accountId(r)}.dkr.ecr.${r.pick(REGIONS)}.amazonaws.com/${name(r)}@sha256:${r.hex(64)}`)),
  kind('trace-id', 'word', 'trace', { annotation: ['example.com/sample-trace-id'], spec: ['traceId', 'traceparent'], env: 'TRACE_ID' }, r => r.pick([() => r.hex(32), () => `00-${r.hex(32)}-${r.hex(16)}-01`, () => `1-${r.hex(8)}-${r.hex(24)}`])()),
  kind('etag', 'word', 'ETag', { annotation: ['example.com/schema-etag'], spec: ['etag'], env: 'SCHEMA_ETAG' }, r => r.pick([() => `"${r.hex(32)}"`, () => `W/"${r.hex(16)}"`, () => `"${r.hex(32)}-${r.int(2, 40)}"`])()),
  kind('pagerduty-id', 'word', 'PagerDuty service', { annotation: ['pagerduty.com/service-id', 'pagerduty.com/escalation-policy-id'], spec: ['pagerdutyServiceId'], env: 'PD_SERVICE_ID' }, r => `P${r.chars(UPPER_DIGITS, 6)}`),
  kind('base64-public-data', 'word', 'defaults', { annotation: ['example.com/feature-defaults'], spec: ['defaultsBase64', 'values'], env: 'APP_DEFAULTS_B64' }, defaultsBase64),
  kind('data-uri-icon', 'word', 'icon', { annotation: ['example.com/icon'], spec: ['icon'], env: 'ICON' }, r => `data:image/png;base64,${Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), r.bytes(r.int(200, 700))]).toString('base64')}`),
  kind('ca-bundle', 'word', 'CA bundle', { annotation: ['example.com/ca-bundle'], spec: ['caBundle', 'certificate-authority-data'], env: 'CA_BUNDLE' }, r => Buffer.from(certificate(r)).toString('base64')),
  kind('certificate', 'multiline', 'certificate', { annotation: ['example.com/tls-certificate'], spec: ['certificate', 'tlsCert'], env: 'TLS_CERT' }, certificate),
  kind('public-key-pem', 'multiline', 'public key', { annotation: ['example.com/jwt-public-key'], spec: ['publicKey', 'jwtVerificationKey'], env: 'JWT_PUBLIC_KEY' }, publicKey),
  kind('ssh-public-key', 'word', 'public key', { annotation: ['example.com/deploy-key-public'], spec: ['publicKey', 'authorizedKey'], env: 'SSH_PUBLIC_KEY' }, sshPublicKey),
  kind('sri-hash', 'word', 'integrity', { annotation: ['example.com/bundle-integrity'], spec: ['integrity'], env: 'BUNDLE_INTEGRITY' }, r => (r.next() < 0.5 ? `sha512-${r.bytes(64).toString('base64')}` : `sha256-${r.bytes(32).toString('base64')}`)),
  kind('checksum', 'word', 'checksum', { annotation: ['example.com/artifact-sha256', 'example.com/artifact-md5'], spec: ['sha256', 'md5', 'checksum'], env: 'ARTIFACT_CHECKSUM' }, r => r.hex(r.pick([32, 40, 64]))),
  kind('long-prose', 'prose', 'notes', { annotation: [], spec: ['notes', 'summary'], env: 'NOTES' }, longProse),
  kind('harmless-url', 'url', 'dashboard', { annotation: ['backstage.io/view-url', 'datadoghq.com/dashboard-url', 'grafana/overview-dashboard'], spec: ['dashboardUrl', 'tokenUrl', 'docsUrl'], env: 'DASHBOARD_URL' }, harmlessUrl),
  kind('source-location', 'word', 'source', { annotation: ['backstage.io/source-location', 'backstage.io/managed-by-location'], spec: ['sourceLocation'], env: 'SOURCE_LOCATION' }, r => `url:https://github.com/${r.pick(ORGS)}/${name(r)}/tree/main/`),
  kind('project-slug', 'word', 'repository', { annotation: ['github.com/project-slug', 'gitlab.com/project-slug'], spec: ['repository'], env: 'REPOSITORY' }, r => `${r.pick(ORGS)}/${name(r)}`),
  kind('secret-reference', 'word', 'secret reference', { annotation: ['stagecraft.io/secret-path', 'example.com/password-secret-name'], spec: ['passwordSecretRef', 'secretName', 'tokenSecretKeyRef'], env: 'DB_PASSWORD_SECRET_NAME' }, secretReference),
  kind('secret-expression', 'word', 'reference', { annotation: ['example.com/ci-token', 'example.com/db-password'], spec: ['token', 'password', 'apiKey'], env: 'DB_PASSWORD' }, secretExpression),
  kind('secret-policy', 'word', 'rotation period', { annotation: ['stagecraft.io/rotation-period', 'stagecraft.io/secret-kind'], spec: ['passwordRotation', 'tokenTtl', 'secretStore', 'apiKeyHeader'], env: 'TOKEN_TTL' }, r => r.pick(['90d', '180d', '365d', 'token', 'api-key', 'aws-secrets-manager', 'X-Api-Key', '3600s', 'password'])),
  kind('cloud-resource-id', 'word', 'resource', { annotation: ['aws.amazon.com/resource-id', 'example.com/distribution-id'], spec: ['resourceId', 'userPoolId', 'hostedZoneId'], env: 'RESOURCE_ID' }, cloudResourceId),
  kind('azure-resource-id', 'word', 'Azure resource', { annotation: ['azure.com/resource-id'], spec: ['azureResourceId'], env: 'AZURE_RESOURCE_ID' }, r => `/subscriptions/${r.uuid()}/resourceGroups/rg-${name(r)}/providers/Microsoft.Web/sites/${name(r)}`),
  // Public by design (the vendors say so: they ship to browsers and apps),
  // but they look like credentials; scored apart from the harmless values.
  kind('google-oauth-client-id', 'word', 'OAuth client id', { annotation: ['example.com/oauth-client-id'], spec: ['clientId', 'googleClientId'], env: 'GOOGLE_CLIENT_ID', publicByDesign: true }, r => `${r.chars(DIGITS, 12)}-${r.chars(LOWER_DIGITS, 32)}.apps.googleusercontent.com`),
  kind('stripe-publishable-key', 'word', 'publishable key', { annotation: ['example.com/stripe-publishable-key'], spec: ['publishableKey'], env: 'STRIPE_PUBLISHABLE_KEY', publicByDesign: true }, r => `pk_live_${r.chars(ALNUM, r.pick([24, 99]))}`),
  kind('sentry-public-dsn', 'url', 'Sentry DSN', { annotation: ['sentry.io/dsn'], spec: ['dsn', 'sentryDsn'], env: 'SENTRY_DSN', publicByDesign: true }, r => `https://${r.hex(32)}@o${r.int(100000, 999999)}.ingest.sentry.io/${r.int(1000000, 9999999)}`),
  kind('datadog-rum-client-token', 'word', 'RUM client token', { annotation: ['datadoghq.com/rum-client-token'], spec: ['clientToken', 'rumClientToken'], env: 'DD_CLIENT_TOKEN', publicByDesign: true }, r => `pub${r.hex(32)}`),
  kind('launchdarkly-client-side-id', 'word', 'client-side id', { annotation: ['launchdarkly.com/client-side-id'], spec: ['clientSideId'], env: 'LD_CLIENT_SIDE_ID', publicByDesign: true }, r => r.hex(24)),
  kind('identifier', 'word', 'identifier', { annotation: ['example.com/contact', 'slack.com/channel-id', 'jira/project-key', 'datadoghq.com/dashboard-id'], spec: ['contact', 'schedule', 'version', 'host'], env: 'SERVICE_ID' }, identifier),
  kind('container-image', 'word', 'image', { annotation: ['example.com/image'], spec: ['image'], env: 'IMAGE' }, r => `${accountId(r)}.dkr.ecr.${r.pick(REGIONS)}.amazonaws.com/${name(r)}:${r.int(1, 9)}.${r.int(0, 40)}.${r.int(0, 99)}`),
  kind('number', 'number', 'setting', { annotation: [], spec: ['port', 'replicas', 'timeoutMs', 'aws_account_id', 'maxConnections', 'tokenTtlSeconds'], env: 'PORT' }, r => String(r.pick([r.int(1, 65535), r.int(1, 20), Number(accountId(r))]))),
];

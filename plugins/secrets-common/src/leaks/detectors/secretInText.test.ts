import { findSecretValues } from '../findSecretValues';
import { scanned } from '../__testUtils__/scanned';
import { ALNUM, BASE64, HEX, chars } from '../__testUtils__/fakeSecrets';
import { secretInText } from './secretInText';

const awsSecret = () =>
  `${chars(ALNUM, 12)}/${chars(ALNUM, 14)}+${chars(ALNUM, 12)}`;
const random = (length = 24) => chars(ALNUM, length);
const uuid = () =>
  [
    chars(HEX, 8),
    chars(HEX, 4),
    `4${chars(HEX, 3)}`,
    `a${chars(HEX, 3)}`,
    chars(HEX, 12),
  ].join('-');

describe('secretInText', () => {
  it.each([
    [
      'secret access key in prose',
      () => `Uploader key; secret access key is ${awsSecret()}`,
    ],
    ['password with colon', () => `Admin login: password: ${random(18)}`],
    ['passwd with equals and quotes', () => `passwd="${random(20)}"`],
    ['token is', () => `The deploy token is ${random(32)}.`],
    ['api key', () => `API key ${random(32)} (staging)`],
    [
      'apikey=',
      () => `curl https://api.example.com?x=1 -H apikey=${random(40)}`,
    ],
    ['client secret', () => `client secret: '${chars(`${ALNUM}~._-`, 40)}'`],
    ['bearer header', () => `Authorization: Bearer ${chars(`${ALNUM}-_`, 48)}`],
    [
      'aws_secret_access_key =',
      () => `[default]\naws_secret_access_key = ${awsSecret()}`,
    ],
    ['AccountKey=', () => `AccountKey=${chars(BASE64, 40)}`],
    [
      'block scalar, value on the next line',
      () => `Service account.\nPassword:\n  ${random(20)}\nRotate yearly.`,
    ],
    ['32-hex api key', () => `api key: ${chars(HEX, 32)}`],
  ])('finds %s', (_name, build) => {
    const text = build();
    expect(secretInText.test(scanned(text))).toBe(true);
    expect(findSecretValues({ metadata: { description: text } })).toEqual([
      {
        path: 'metadata.description',
        detector: expect.any(String),
        message: expect.any(String),
      },
    ]);
  });

  it.each([
    [
      'rotation prose',
      'The token is rotated by the rotation guide every 90 days.',
    ],
    [
      'password policy',
      'Password policy: 16 characters, rotated quarterly by the DBA team.',
    ],
    ['secret name', 'secret: prod/reviews/aurora-writer'],
    [
      'ARN',
      'secret is arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf',
    ],
    ['UUID after token', () => `token ${uuid()}`],
    ['git SHA after token', () => `token ${chars(HEX, 40)}`],
    ['trace id after token', () => `token ${chars(HEX, 32)}`],
    ['image digest', () => `token sha256:${chars(HEX, 64)}`],
    ['KMS key id', () => `encryption key mrk-${chars(HEX, 32)}`],
    ['KMS key UUID', () => `master key ${uuid()}`],
    [
      'URL',
      () =>
        `token endpoint: https://auth.example.com/oauth2/${random(20)}/token`,
    ],
    ['reference', 'password: ${{ secrets.DB_PASSWORD }}'],
    ['env reference', 'token=$GITHUB_TOKEN'],
    ['word-like identifier', 'api key: reviewsApiKeyProduction2024'],
    ['entity ref', 'secret: resource:default/reviews-db-password'],
    ['keyword inside a word', () => `tokenizer ${random(24)}`],
    ['keyword glued to a name', () => `token_url ${random(24)}`],
    ['placeholder', 'password: <your-password-here>'],
  ])('ignores %s', (_name, text) => {
    const value = typeof text === 'function' ? text() : text;
    expect(secretInText.test(scanned(value))).toBe(false);
  });

  it('leaves a recognised token to its format detector', () => {
    const token = ['ghp', random(36)].join('_');
    expect(
      findSecretValues({ d: `token: ${token}` }).map(f => f.detector),
    ).toEqual(['github-token']);
  });
});

describe('secretInText: assignments', () => {
  it.each([
    [
      'env assignment in a runbook',
      () => `1. make deps\n2. export CONSUL_HTTP_TOKEN=${uuid()}\n3. make dev`,
    ],
    [
      'numeric password in a log',
      () => `started\nDB_PASSWORD=${Math.floor(1e7 + Math.random() * 1e8)}\n`,
    ],
    ['word password', () => `Temporary: ADMIN_PASSWORD=Winter2024!`],
    [
      'token in a URL query',
      () =>
        `https://status.example.com/notify?token=${random(32)}&channel=deploys`,
    ],
    ['vendor key by its env name', () => `DD_APP_KEY=${chars(HEX, 40)}`],
  ])('finds %s', (_name, build) => {
    expect(secretInText.test(scanned(build()))).toBe(true);
  });

  it.each([
    ['reference', 'DB_PASSWORD=${{ secrets.DB_PASSWORD }}'],
    ['shell substitution', 'DB_PASSWORD=$(DB_PASSWORD)'],
    ['harmless setting', () => `LOG_LEVEL=debug BUILD_ID=${random(24)}`],
    [
      'harmless query',
      () =>
        `https://grafana.example.com/d/abc?orgId=1&var-trace=${chars(HEX, 32)}`,
    ],
  ])('ignores %s', (_name, text) => {
    const value = typeof text === 'function' ? text() : text;
    expect(secretInText.test(scanned(value))).toBe(false);
  });
});

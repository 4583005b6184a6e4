import { findSecretValues } from './findSecretValues';
import { ALNUM, BASE64, DIGITS, HEX, chars } from './__testUtils__/fakeSecrets';

const githubToken = () => ['ghp', chars(ALNUM, 36)].join('_');
const slackBotToken = () =>
  ['xoxb', chars(DIGITS, 12), chars(DIGITS, 13), chars(ALNUM, 24)].join('-');

function detectorsAt(entity: object) {
  return findSecretValues(entity).map(f => `${f.path}: ${f.detector}`);
}

function expectNoPartOf(secret: string, entity: object) {
  const text = JSON.stringify(findSecretValues(entity));
  for (let i = 0; i + 8 <= secret.length; i++) {
    expect(text).not.toContain(secret.slice(i, i + 8));
  }
}

describe('findSecretValues: property names', () => {
  it('reports an annotation whose name is a token, at the annotations, without repeating it', () => {
    const token = githubToken();
    const entity = { metadata: { annotations: { [token]: 'x' } } };
    expect(detectorsAt(entity)).toEqual(['metadata.annotations: github-token']);
    expect(findSecretValues(entity)[0].message).toBe(
      'A property name here looks like a GitHub token.',
    );
    expectNoPartOf(token, entity);
  });

  it('reports a label key that is a token, and redacts it from paths of findings below it', () => {
    const token = slackBotToken();
    const password = `${chars(ALNUM, 10)}!7`;
    const entity = {
      metadata: { labels: { [token]: { db_password: password } } },
    };
    expect(detectorsAt(entity)).toEqual([
      'metadata.labels: slack-token',
      'metadata.labels["<redacted property name>"].db_password: password-field',
    ]);
    expectNoPartOf(token, entity);
  });

  it('does not report ordinary property names', () => {
    expect(
      findSecretValues({
        metadata: {
          annotations: {
            'backstage.io/techdocs-ref': 'dir:.',
            'github.com/project-slug': 'org/repo',
            'stagecraft.io/secret-path': 'prod/reviews/writer',
          },
          labels: { 'team-01': 'a', 'k8s-app': 'b' },
        },
      }),
    ).toEqual([]);
  });
});

describe('findSecretValues: numbers under password-like keys', () => {
  it('reports a YAML number in a password field', () => {
    expect(
      detectorsAt({ spec: { db_password: Number(chars(DIGITS, 8)) + 1e7 } }),
    ).toEqual(['spec.db_password: password-field']);
  });

  it('does not report numbers in other fields', () => {
    expect(
      findSecretValues({ spec: { port: 5432, replicas: 3, ttl: 84736251 } }),
    ).toEqual([]);
  });
});

describe('findSecretValues: base64-wrapped tokens', () => {
  it('decodes base64 and reports the token inside, naming the encoding', () => {
    const token = githubToken();
    const entity = {
      spec: { data: { config: btoa(`GITHUB_TOKEN=${token}\n`) } },
    };
    expect(findSecretValues(entity)).toEqual([
      {
        path: 'spec.data.config',
        detector: 'github-token',
        message: 'Value looks like a GitHub token (base64-encoded).',
      },
    ]);
  });

  it('decodes base64 inside base64, up to two levels', () => {
    const token = slackBotToken();
    expect(detectorsAt({ d: btoa(`auth: ${btoa(`token=${token}`)}`) })).toEqual(
      ['d: slack-token'],
    );
    expect(detectorsAt({ d: btoa(btoa(btoa(token))) })).toEqual([]);
  });

  it('finds a base64-wrapped password in text', () => {
    const dockerAuth = btoa(`deploy:${chars(ALNUM, 20)}`);
    expect(
      detectorsAt({
        d: btoa(
          JSON.stringify({
            auths: { 'registry.example.com': { password: dockerAuth } },
          }),
        ),
      }),
    ).toEqual(['d: secret-in-text']);
  });

  it('ignores base64 of binary data and public text', () => {
    const binary = btoa(
      String.fromCharCode(
        ...Array.from({ length: 300 }, (_, i) => (i * 37) % 256),
      ),
    );
    expect(
      findSecretValues({
        a: binary,
        b: btoa('Reviews API: serves product reviews to the storefront.'),
        c: chars(BASE64, 200),
        d: `sha256:${chars(HEX, 64)}`,
      }),
    ).toEqual([]);
  });
});

describe('findSecretValues: name/value pairs', () => {
  it('judges a Kubernetes env value by its sibling name', () => {
    const entity = {
      spec: {
        env: [
          { name: 'LOG_LEVEL', value: 'debug' },
          { name: 'DB_PASSWORD', value: `${chars(ALNUM, 10)}!3` },
          { key: 'API_TOKEN', value: chars(ALNUM, 32) },
        ],
      },
    };
    expect(detectorsAt(entity)).toEqual([
      'spec.env[1].value: password-field',
      'spec.env[2].value: generic-secret',
    ]);
  });
});

describe('findSecretValues: connection strings', () => {
  const pw = () => `${chars(ALNUM, 12)}9`;
  const key = () => `${chars(BASE64, 86)}==`;
  it.each([
    [
      'SQL Server JDBC',
      () =>
        `jdbc:sqlserver://db.internal:1433;databaseName=hr;user=hr;password=${pw()};encrypt=true`,
    ],
    [
      'PostgreSQL JDBC query',
      () => `jdbc:postgresql://db/app?user=app&password=${pw()}&ssl=true`,
    ],
    [
      'ADO.NET quoted password',
      () => `Server=db;User Id=app;Password='${pw()}';`,
    ],
    [
      'ODBC Pwd with braces',
      () => `Driver={PostgreSQL};Server=db;Uid=app;Pwd={${pw()}};`,
    ],
    [
      'Azure storage',
      () => `DefaultEndpointsProtocol=https;AccountName=x;AccountKey=${key()}`,
    ],
    [
      'Azure Event Hubs',
      () =>
        `Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${chars(
          BASE64,
          43,
        )}=`,
    ],
    [
      'MongoDB with options',
      () =>
        `mongodb://app:${pw()}@mongo-0:27017,mongo-1:27017/app?replicaSet=rs0`,
    ],
    [
      'Redis with user',
      () => `rediss://default:${pw()}@cache.example.net:6380/0`,
    ],
    ['AMQP', () => `amqp://orders:${pw()}@rabbit.internal:5672/%2F`],
    [
      'PostgreSQL password with a slash',
      () =>
        `postgresql://app:${chars(ALNUM, 6)}/${chars(ALNUM, 6)}@db:5432/app`,
    ],
  ])('reports %s', (_name, build) => {
    expect(findSecretValues({ spec: { connection: build() } })).toHaveLength(1);
  });

  it.each([
    'https://registry.npmjs.org:443/@scope/package',
    'postgresql://app@db.internal:5432/app?sslmode=require',
    'Server=db;User Id=app;Password=${DB_PASSWORD};',
    'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=<account-key>',
  ])('does not report %s', value => {
    expect(findSecretValues({ spec: { connection: value } })).toEqual([]);
  });
});

import {
  isPasswordKey,
  isPasswordOrSecretKey,
  isSecretKey,
  keyHasWords,
  keyWords,
} from './keyNames';
import {
  expectedAnswers,
  expectedAnswersOf,
} from './__testUtils__/expectedAnswers';

describe('keyWords', () => {
  it('splits on separators and camel case', () => {
    expect(keyWords('example.com/apiToken')).toEqual([
      'example',
      'com',
      'api',
      'token',
    ]);
    expect(keyWords('DBPassword')).toEqual(['db', 'password']);
    expect(keyWords('DB_PASSWORD')).toEqual(['db', 'password']);
    expect(keyWords('client-secret')).toEqual(['client', 'secret']);
  });
});

describe('isSecretKey', () => {
  it.each(
    expectedAnswers({
      yes: [
        'token',
        'example.com/token',
        'datadoghq.com/graph-token',
        'password',
        'db_passwd',
        'pwd',
        'apiKey',
        'api-key',
        'API_KEY',
        'privateKey',
        'private_key',
        'clientSecret',
        'client_secret',
        'credentials',
        'auth',
        'authToken',
        'accesstoken',
        'x-auth',
      ],
      no: [
        undefined,
        '',
        'name',
        'description',
        'author',
        'authors',
        'authority',
        'secret-name',
        'secretName',
        'secretsManagerArn',
        'token-url',
        'tokenEndpoint',
        'stagecraft.io/secret-path',
        'stagecraft.io/secret-kind',
        'auth-mode',
        'kong-event-gateway/oauth-issuer',
        'credential-id',
      ],
    }),
  )('%p is a secret key: %p', (key, expected) => {
    expect(isSecretKey(key)).toBe(expected);
  });
});

describe('isPasswordKey / isPasswordOrSecretKey', () => {
  it.each(
    expectedAnswersOf<string | undefined>(
      [
        isPasswordKey,
        {
          yes: ['kong-event-gateway/password', 'dbPassword'],
          no: ['password-policy', 'secret'],
        },
      ],
      [
        isPasswordOrSecretKey,
        { yes: ['secret', 'client_secret'], no: ['secret-name', undefined] },
      ],
    ),
  )('matches the last word only: %p(%p) is %p', (matches, key, expected) => {
    expect(matches(key)).toBe(expected);
  });
});

describe('keyHasWords', () => {
  it.each([
    ['DD_API_KEY', true],
    ['apiKey', true],
    ['apikey', true],
    ['api-endpoint', false],
    [undefined, false],
  ])('finds api and key, split or joined, in %p: %p', (key, expected) => {
    expect(keyHasWords(key, ['api', 'key'])).toBe(expected);
  });
});

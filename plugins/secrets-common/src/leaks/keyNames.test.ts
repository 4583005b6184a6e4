import {
  isPasswordKey,
  isPasswordOrSecretKey,
  isSecretKey,
  keyHasWords,
  keyWords,
} from './keyNames';

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
  it.each([
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
  ])('%s is a secret key', key => {
    expect(isSecretKey(key)).toBe(true);
  });

  it.each([
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
  ])('%s is not a secret key', key => {
    expect(isSecretKey(key)).toBe(false);
  });
});

describe('isPasswordKey / isPasswordOrSecretKey', () => {
  it('matches the last word only', () => {
    expect(isPasswordKey('kong-event-gateway/password')).toBe(true);
    expect(isPasswordKey('dbPassword')).toBe(true);
    expect(isPasswordKey('password-policy')).toBe(false);
    expect(isPasswordKey('secret')).toBe(false);
    expect(isPasswordOrSecretKey('secret')).toBe(true);
    expect(isPasswordOrSecretKey('client_secret')).toBe(true);
    expect(isPasswordOrSecretKey('secret-name')).toBe(false);
    expect(isPasswordOrSecretKey(undefined)).toBe(false);
  });
});

describe('keyHasWords', () => {
  it('finds words split or joined', () => {
    expect(keyHasWords('DD_API_KEY', ['api', 'key'])).toBe(true);
    expect(keyHasWords('apiKey', ['api', 'key'])).toBe(true);
    expect(keyHasWords('apikey', ['api', 'key'])).toBe(true);
    expect(keyHasWords('api-endpoint', ['api', 'key'])).toBe(false);
    expect(keyHasWords(undefined, ['api', 'key'])).toBe(false);
  });
});

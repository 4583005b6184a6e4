import {
  genericSecret,
  passwordField,
  placeholderCredential,
} from './fallbacks';
import { scanned } from '../__testUtils__/scanned';

const RANDOM = ['Zk8pQ2vLm9', 'XwR4tYbN7c'].join('');
const UUID = ['3fa85f64', '5717', '4562', 'b3fc', '2c963f66afa6'].join('-');

describe('genericSecret', () => {
  it.each([
    ['token', RANDOM],
    ['example.com/api-token', RANDOM],
    ['clientSecret', RANDOM],
    ['credentials', RANDOM],
    ['graph-token', UUID],
  ])('finds a random value in %s', (key, value) => {
    expect(genericSecret.test(scanned(value, key))).toBe(true);
  });

  it.each([
    ['description', RANDOM],
    ['token', 'qwertytoken1234'],
    ['token', '${{ secrets.GITHUB_TOKEN }}'],
    ['token-url', 'https://auth.example.com/oauth/token'],
    ['secret', 'prod/reviews/aurora-writer'],
    ['secret', 'resource:default/reviews-db-password'],
    [
      'secret',
      'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf',
    ],
    ['stagecraft.io/secret-path', 'prod/reviews/aurora-writer'],
    ['auth', 'OAuth / OIDC (oauthBearer)'],
    ['secret', 'reviews-aurora-writer-credentials'],
    ['author', RANDOM],
  ])('ignores %s: %s', (key, value) => {
    expect(genericSecret.test(scanned(value, key))).toBe(false);
  });
});

describe('passwordField', () => {
  it('finds short literal passwords', () => {
    expect(passwordField.test(scanned('hunter2', 'password'))).toBe(true);
    expect(passwordField.test(scanned('S3cr3t!', 'db_password'))).toBe(true);
  });

  it('ignores references, placeholders and other fields', () => {
    expect(passwordField.test(scanned('${DB_PASSWORD}', 'password'))).toBe(
      false,
    );
    expect(passwordField.test(scanned('REPLACE_ME', 'password'))).toBe(false);
    expect(passwordField.test(scanned('prod/reviews/db', 'password'))).toBe(
      false,
    );
    expect(passwordField.test(scanned('n/a', 'password'))).toBe(false);
    expect(passwordField.test(scanned('hunter2', 'username'))).toBe(false);
    expect(passwordField.test(scanned('strict', 'password-policy'))).toBe(
      false,
    );
  });
});

describe('placeholderCredential', () => {
  it('finds placeholders in password and secret fields', () => {
    expect(
      placeholderCredential.test(
        scanned('REPLACE_ME', 'kong-event-gateway/password'),
      ),
    ).toBe(true);
    expect(
      placeholderCredential.test(scanned('<client secret>', 'client_secret')),
    ).toBe(true);
  });

  it('ignores references and other fields', () => {
    expect(
      placeholderCredential.test(scanned('${DB_PASSWORD}', 'password')),
    ).toBe(false);
    expect(placeholderCredential.test(scanned('REPLACE_ME', 'hostname'))).toBe(
      false,
    );
    expect(placeholderCredential.test(scanned('changeme', 'token'))).toBe(
      false,
    );
  });
});

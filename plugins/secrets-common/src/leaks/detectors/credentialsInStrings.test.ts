import {
  azureStorageKey,
  basicAuthHeader,
  connectionStringPassword,
  urlPassword,
} from './credentialsInStrings';
import { expectedAnswers } from '../__testUtils__/expectedAnswers';
import { scanned } from '../__testUtils__/scanned';

const PASSWORD = ['Tr0ub4', 'dor&3'].join('');

describe.each([
  {
    detector: urlPassword,
    strings: expectedAnswers({
      yes: [
        `postgres://app:${PASSWORD}@db.internal:5432/reviews`,
        `mongodb+srv://svc:${PASSWORD}@cluster0.example.net/db`,
        `redis://:${PASSWORD}@cache.internal:6379`,
        `see amqp://guest:${PASSWORD}@mq:5672 for details`,
      ],
      no: [
        'postgres://app:${DB_PASSWORD}@db.internal:5432/reviews',
        'postgres://app:<password>@db.internal/reviews',
        'postgres://app:****@db.internal/reviews',
        'postgres://app:xxx@db.internal/reviews',
        'postgres://app:changeme@db.internal/reviews',
        'postgres://app:%7Bpassword%7D@db.internal/reviews',
        'postgres://app@db.internal/reviews',
        'https://github.com/org/repo',
        'https://registry.example.com:5000/image@sha256:abc',
        'ssh://git@github.com:22/org/repo.git',
      ],
    }),
  },
  {
    detector: connectionStringPassword,
    strings: expectedAnswers({
      yes: [
        `Server=tcp:db.example.net,1433;Database=app;User ID=svc;Password=${PASSWORD};`,
        `Data Source=db;Initial Catalog=app;Uid=svc;Pwd=${PASSWORD}`,
        `jdbc:mysql://db.internal:3306/app?user=svc&password=${PASSWORD}`,
        `Server=db;Password="${PASSWORD} with space";`,
      ],
      no: [
        'Server=db;User ID=svc;Password=${DB_PASSWORD};',
        'Server=db;User ID=svc;Password=<password>;',
        'Server=db;User ID=svc;Password=;',
        'jdbc:mysql://db/app?user=svc&password=%s',
        'Set the password in Vault, not here',
        'password-policy=strict',
      ],
    }),
  },
])('$detector.id', ({ detector, strings }) => {
  it.each(strings)('%p has a password in it: %p', (value, expected) => {
    expect(detector.test(scanned(value))).toBe(expected);
  });
});

describe('azureStorageKey', () => {
  const key = [
    'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1',
    'OUzFT50uSRZ6IFsuFq2UVErCz4I6tq',
    '/K1SZFPTOtr/KBHBeksoGMGw==',
  ].join('');

  it('finds AccountKey= in a storage connection string', () => {
    expect(
      azureStorageKey.test(
        scanned(
          `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${key};EndpointSuffix=core.windows.net`,
        ),
      ),
    ).toBe(true);
  });

  it('ignores placeholders', () => {
    expect(
      azureStorageKey.test(scanned('AccountName=acct;AccountKey=<key>')),
    ).toBe(false);
  });
});

describe('basicAuthHeader', () => {
  it('finds a basic-auth header with a password', () => {
    expect(
      basicAuthHeader.test(
        scanned(`Authorization: Basic ${btoa(`deploy:${PASSWORD}`)}`),
      ),
    ).toBe(true);
  });

  it('ignores placeholders and non-credentials', () => {
    expect(
      basicAuthHeader.test(scanned(`Basic ${btoa('user:<password>')}`)),
    ).toBe(false);
    expect(
      basicAuthHeader.test(scanned('Basic authentication is disabled')),
    ).toBe(false);
    expect(
      basicAuthHeader.test(scanned(`Basic ${btoa('no colon here at all')}`)),
    ).toBe(false);
  });
});

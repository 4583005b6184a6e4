import { fakeGithubToken } from '../__testUtils__/fakeSecrets';
import {
  describeLocationCredentials,
  findLocationCredentials,
  redactLocationTarget,
} from './locationCredentials';

/** Targets with no credentials in them. */
const CLEAN_TARGETS = [
  'https://github.com/org/repo/blob/main/catalog-info.yaml',
  'https://github.com/org/repo/blob/main/catalog-info.yaml?ref=main',
  '/repo/catalog-info/all.yaml',
  './catalog-info.yaml',
];

describe('findLocationCredentials', () => {
  const token = fakeGithubToken();

  it.each([
    [
      `https://user:${token}@github.com/org/repo/blob/main/catalog-info.yaml`,
      ['user-info'],
    ],
    [
      `https://${token}@github.com/org/repo/blob/main/catalog-info.yaml`,
      ['user-info'],
    ],
    [
      `https://host/catalog-info.yaml?token=${token}`,
      ["query parameter 'token'"],
    ],
    [
      `https://host/c.yaml?ref=main&access_token=${token}`,
      ["query parameter 'access_token'"],
    ],
    [
      `https://gitlab.example.com/c.yaml?private_token=${token}`,
      ["query parameter 'private_token'"],
    ],
    [
      `https://acct.blob.core.windows.net/c/c.yaml?sv=2022&sig=${token}`,
      ["query parameter 'sig'"],
    ],
    [
      `https://b.s3.amazonaws.com/c.yaml?X-Amz-Credential=AKIA/x&X-Amz-Signature=${token}`,
      [
        "query parameter 'X-Amz-Credential'",
        "query parameter 'X-Amz-Signature'",
      ],
    ],
    [`https://host/c.yaml?api_key=${token}`, ["query parameter 'api_key'"]],
    ...CLEAN_TARGETS.map((target): [string, string[]] => [target, []]),
  ])('finds in %s: %j', (target, expected) => {
    expect(findLocationCredentials(target)).toEqual(expected);
  });
});

describe('redactLocationTarget', () => {
  const token = fakeGithubToken();

  it('withholds user-info, query string and fragment', () => {
    expect(
      redactLocationTarget(
        `https://user:${token}@host:8443/a/b.yaml?token=${token}#x`,
      ),
    ).toBe('https://***@host:8443/a/b.yaml?***#***');
  });

  it('leaves targets without them unchanged', () => {
    expect(redactLocationTarget('https://host/a/b.yaml')).toBe(
      'https://host/a/b.yaml',
    );
    expect(redactLocationTarget('/repo/a.yaml')).toBe('/repo/a.yaml');
  });

  it('withholds them in targets that are not valid URLs', () => {
    const redacted = redactLocationTarget(
      `https://user:${token}@ho st/a?token=${token}`,
    );
    expect(redacted).not.toContain(token);
    expect(redacted).toBe('https://***@ho st/a?***');
  });
});

describe('describeLocationCredentials', () => {
  it('names the location (redacted) and the problem, never the value', () => {
    const token = fakeGithubToken();
    const message = describeLocationCredentials({
      type: 'url',
      target: `https://user:${token}@host/c.yaml?token=${token}`,
    });
    expect(message).toBe(
      "Location url:https://***@host/c.yaml?*** carries credentials in its user-info, query parameter 'token'; " +
        'configure an integration token instead (integrations.<host> in app-config) and remove the credentials from the target',
    );
  });

  it('is undefined for a clean location', () => {
    expect(
      describeLocationCredentials({
        type: 'url',
        target: 'https://host/c.yaml',
      }),
    ).toBeUndefined();
  });
});

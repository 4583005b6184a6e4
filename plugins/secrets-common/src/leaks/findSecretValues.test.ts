import { findSecretValues, MAX_SCANNED_LENGTH } from './findSecretValues';

const AWS_KEY_ID = ['AKIA', 'Q3EGRT7XKZ5MWN2P'].join('');
const GITHUB_TOKEN = ['ghp', 'R8fK2mQ9xW4pL7vN3bT6yH1cJ5gD0sA2eZ8u'].join('_');
const PEM_HEADER = ['-----BEGIN', 'RSA PRIVATE KEY-----'].join(' ');

describe('findSecretValues', () => {
  it('reports nothing for a well-formed secret entity', () => {
    expect(
      findSecretValues({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Resource',
        metadata: {
          name: 'reviews-db-password',
          description: 'Password of the reviews Aurora writer user',
          annotations: {
            'stagecraft.io/secret-kind': 'password',
            'stagecraft.io/secret-path': 'prod/reviews/aurora-writer',
            'stagecraft.io/rotation-period': '90d',
            'amazonaws.com/arn':
              'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/reviews/aurora-writer-AbCdEf',
          },
          links: [
            {
              url: 'https://wiki.example.com/secrets/reviews-db/rotation',
              title: 'Rotation guide',
              type: 'rotation-guide',
            },
          ],
        },
        spec: {
          type: 'secret',
          owner: 'group:default/reviews',
          dependsOn: ['resource:default/aws-secrets-manager-prod'],
        },
      }),
    ).toEqual([]);
  });

  it('reports path, detector and a message', () => {
    expect(
      findSecretValues({
        metadata: { annotations: { 'example.com/key-id': AWS_KEY_ID } },
      }),
    ).toEqual([
      {
        path: 'metadata.annotations["example.com/key-id"]',
        detector: 'aws-access-key-id',
        message: 'Value looks like an AWS access key ID.',
      },
    ]);
  });

  it('walks arrays and deep nesting, ignoring non-string leaves and null', () => {
    let deep: Record<string, unknown> = { token: GITHUB_TOKEN };
    for (let i = 0; i < 50; i++) {
      deep = { level: [deep, 1, null, true] };
    }
    const findings = findSecretValues({
      spec: deep,
      n: 42,
      z: null,
      u: undefined,
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].path).toBe(`spec${'.level[0]'.repeat(50)}.token`);
    expect(findings[0].detector).toBe('github-token');
  });

  it('returns nothing for non-objects', () => {
    expect(findSecretValues(null)).toEqual([]);
    expect(findSecretValues(undefined)).toEqual([]);
    expect(findSecretValues(12)).toEqual([]);
    expect(findSecretValues({})).toEqual([]);
  });

  it('reports every kind of secret found in one value', () => {
    const detectors = findSecretValues({
      description: `key ${AWS_KEY_ID} and token ${GITHUB_TOKEN}`,
    }).map(f => f.detector);
    expect(detectors).toEqual(['aws-access-key-id', 'github-token']);
  });

  it('reports at most one field-name finding per value', () => {
    expect(
      findSecretValues({ password: ['Zk8pQ2vLm9', 'XwR4tYbN7c'].join('') }).map(
        f => f.detector,
      ),
    ).toEqual(['generic-secret']);
  });

  it('does not treat placeholders in URLs as leaks', () => {
    expect(
      findSecretValues({
        spec: {
          url: 'postgres://app:${DB_PASSWORD}@db.internal/reviews',
          other: 'https://user:<password>@example.com',
        },
      }),
    ).toEqual([]);
  });

  it('finds a private key at the end of a 1 MB string', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(40000);
    expect(filler.length).toBeGreaterThan(MAX_SCANNED_LENGTH);
    const value = `${filler}\n${PEM_HEADER}\nMIIEpAIBAAKCAQEA`;
    const findings = findSecretValues({ metadata: { description: value } });
    expect(findings.map(f => f.detector)).toEqual(['private-key']);
  });

  it('scans the whole of very long values, also across window boundaries', () => {
    const filler = 'x '.repeat(MAX_SCANNED_LENGTH);
    expect(findSecretValues({ d: `${AWS_KEY_ID} ${filler}` })).toHaveLength(1);
    expect(findSecretValues({ d: `${filler} ${AWS_KEY_ID}` })).toHaveLength(1);
    expect(
      findSecretValues({ d: `${filler}${filler}${filler} ${GITHUB_TOKEN}` }),
    ).toHaveLength(1);
    for (const offset of [-30, -20, -10, -1, 0, 1]) {
      const atBoundary = `${'y'.repeat(
        MAX_SCANNED_LENGTH + offset,
      )} ${GITHUB_TOKEN} z`;
      expect(findSecretValues({ d: atBoundary }).map(f => f.detector)).toEqual([
        'github-token',
      ]);
    }
  });
});

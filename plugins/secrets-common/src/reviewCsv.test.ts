import type { SecretReviewItem } from './review';
import { SECRETS_CSV_COLUMNS, secretsToCsv } from './reviewCsv';

const item: SecretReviewItem = {
  entityRef: 'resource:default/reviews-api-key',
  name: 'reviews-api-key',
  namespace: 'default',
  title: 'Reviews, "public" API key',
  secretKind: 'api-key',
  secretPath: 'prod/reviews/api-key',
  rotationPeriod: '90d',
  lifecycle: 'production',
  owner: 'group:default/reviews-team',
  system: 'system:default/reviews',
  store: {
    entityRef: 'resource:default/aws-secrets-manager-prod',
    name: 'aws-secrets-manager-prod',
    provider: 'aws-secrets-manager',
    approved: true,
  },
  dependents: ['component:default/reviews-api', 'component:default/indexer'],
  remediationLinks: [
    { url: 'https://wiki.example.com/rotate', type: 'rotation-guide' },
    { url: 'https://wiki.example.com/leak', type: 'incident-response' },
  ],
  compliance: {
    entityRef: 'resource:default/reviews-api-key',
    compliant: false,
    findings: [
      {
        ruleId: 'description',
        severity: 'error',
        message: 'The description is missing.',
        fix: 'Write one.',
      },
      {
        ruleId: 'dependents',
        severity: 'warning',
        message: 'Nothing depends on it.',
        fix: 'Add it.',
      },
    ],
    skippedRules: [],
  },
};

describe('secretsToCsv', () => {
  it('writes a header and one line per secret', () => {
    const csv = secretsToCsv([item]);
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe(SECRETS_CSV_COLUMNS.map(c => c.header).join(','));
    expect(end).toBe('');
    expect(row).toBe(
      [
        'resource:default/reviews-api-key',
        'reviews-api-key',
        '"Reviews, ""public"" API key"',
        'api-key',
        'prod/reviews/api-key',
        '90d',
        'production',
        'group:default/reviews-team',
        'system:default/reviews',
        'resource:default/aws-secrets-manager-prod',
        'aws-secrets-manager',
        'true',
        '2',
        'component:default/reviews-api component:default/indexer',
        'https://wiki.example.com/rotate',
        'https://wiki.example.com/leak',
        'false',
        '1',
        '1',
        '[error] description: The description is missing. | [warning] dependents: Nothing depends on it.',
      ].join(','),
    );
  });

  it('leaves the store columns empty for a secret without a store', () => {
    const csv = secretsToCsv([{ ...item, store: undefined }]);
    const row = csv.split('\r\n')[1];
    expect(row).toContain(',system:default/reviews,,,,2,');
  });

  it('writes only the header for no secrets', () => {
    expect(secretsToCsv([]).split('\r\n')).toHaveLength(2);
  });
});

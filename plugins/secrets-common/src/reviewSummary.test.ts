import type { SecretReviewItem } from './review';
import { isOrphanedSecret, summarizeSecrets } from './reviewSummary';

const item = (overrides: Partial<SecretReviewItem> = {}): SecretReviewItem => ({
  entityRef: 'resource:default/s',
  name: 's',
  namespace: 'default',
  dependents: ['component:default/api'],
  remediationLinks: [
    { url: 'https://wiki.example.com/rotate', type: 'rotation-guide' },
  ],
  store: {
    entityRef: 'resource:default/vault',
    name: 'vault',
    provider: 'hashicorp-vault',
    approved: true,
  },
  compliance: {
    entityRef: 'resource:default/s',
    compliant: true,
    findings: [],
    skippedRules: [],
  },
  ...overrides,
});

const nonCompliant = {
  entityRef: 'resource:default/s',
  compliant: false,
  findings: [],
  skippedRules: [],
};

describe('summarizeSecrets', () => {
  it('counts an empty list as zeros', () => {
    const { byStore, ...counts } = summarizeSecrets([]);
    expect(byStore).toEqual({});
    expect(counts).toEqual({
      total: 0,
      compliant: 0,
      nonCompliant: 0,
      orphaned: 0,
      noRemediationDocs: 0,
    });
  });

  it('counts compliance, orphans, missing remediation docs and stores', () => {
    const summary = summarizeSecrets([
      item(),
      item({ compliance: nonCompliant }),
      item({ dependents: [], system: undefined, remediationLinks: [] }),
      item({ dependents: [], system: 'system:default/reviews' }),
      item({ store: undefined, compliance: nonCompliant }),
    ]);
    expect(summary).toEqual({
      total: 5,
      compliant: 3,
      nonCompliant: 2,
      orphaned: 1,
      noRemediationDocs: 1,
      byStore: {
        'resource:default/vault': { total: 4, nonCompliant: 1 },
        none: { total: 1, nonCompliant: 1 },
      },
    });
  });
});

describe('isOrphanedSecret', () => {
  it('is true only without dependents and without system', () => {
    expect(isOrphanedSecret(item({ dependents: [] }))).toBe(true);
    expect(
      isOrphanedSecret(item({ dependents: [], system: 'system:default/x' })),
    ).toBe(false);
    expect(isOrphanedSecret(item())).toBe(false);
  });
});

// The harness runs in tests only (a devDependency), never in the published package.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import { loadExampleCatalog } from '@internal/stagecraft-test-utils';
import { evaluateSecrets } from './evaluateSecret';

// The repository's own example catalog, which has a few secrets broken on purpose.
const entities = loadExampleCatalog();
const results = evaluateSecrets(entities);

describe(`evaluateSecrets on catalog-info (${results.length} secrets)`, () => {
  it('flags exactly the secrets that are broken on purpose, with the right rule', () => {
    const flagged = Object.fromEntries(
      results
        .filter(r => r.findings.length > 0)
        .map(r => [
          r.entityRef,
          r.findings.map(f => `${f.ruleId}/${f.severity}`),
        ]),
    );
    expect(flagged).toEqual({
      // "Non-compliant on purpose: no rotation-guide or incident-response link."
      'resource:default/legacy-event-loader-db-password': [
        'remediation-docs/error',
      ],
      // "Non-compliant on purpose: kept in the unapproved team-laptops store."
      'resource:default/sms-provider-test-account-password': [
        'approved-store/error',
      ],
      // "Realistically incomplete: placeholder description."
      'resource:default/reco-experiment-platform-token': ['description/error'],
      // "Orphaned on purpose: no spec.system and nothing depends on it."
      'resource:default/reviews-legacy-recaptcha-key': ['dependents/warning'],
    });
  });

  it('evaluates every secret with the whole catalog', () => {
    expect(results.every(r => r.skippedRules.length === 0)).toBe(true);
  });
});

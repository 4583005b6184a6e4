import { Entity } from '@backstage/catalog-model';
import fs from 'fs';
import path from 'path';
import { loadCatalogDocuments } from '../leaks/__testUtils__/loadCatalogDocuments';
import { evaluateSecrets } from './evaluateSecret';

// The repository's own example catalog, which has a few secrets broken on purpose.
const CATALOG = path.resolve(__dirname, '../../../../catalog-info');
const entities = fs.existsSync(CATALOG)
  ? loadCatalogDocuments(CATALOG).map(doc => doc.data as Entity)
  : [];
const results = evaluateSecrets(entities);

(results.length > 0 ? describe : describe.skip)(
  `evaluateSecrets on catalog-info (${results.length} secrets)`,
  () => {
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
        'resource:default/reco-experiment-platform-token': [
          'description/error',
        ],
        // "Orphaned on purpose: no spec.system and nothing depends on it."
        'resource:default/reviews-legacy-recaptcha-key': ['dependents/warning'],
      });
    });

    it('evaluates every secret with the whole catalog', () => {
      expect(results.every(r => r.skippedRules.length === 0)).toBe(true);
    });
  },
);

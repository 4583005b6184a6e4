import { evaluateSecrets } from './evaluateSecret';
import {
  BAZAARVOICE_SECRET_REF,
  loadBazaarvoiceExample,
} from './__testUtils__/bazaarvoiceExample';

describe("the Bazaarvoice security team's minimal example", () => {
  const entities = loadBazaarvoiceExample();

  it('is five entities: store, secret, system, group and component', () => {
    expect(entities.map(e => `${e.kind}:${e.metadata.name}`).sort()).toEqual([
      'Component:reviews-api',
      'Group:bv-security',
      'Resource:aws-secrets-manager',
      'Resource:reviews-api-db-password',
      'System:reviews',
    ]);
  });

  it('is compliant with no error and no warning, only a hint to type its link', () => {
    const [result] = evaluateSecrets(entities);
    expect(result.entityRef).toBe(BAZAARVOICE_SECRET_REF);
    expect(result.compliant).toBe(true);
    expect(result.findings.map(f => `${f.ruleId}/${f.severity}`)).toEqual([
      'remediation-docs/info',
    ]);
    expect(result.findings[0].fix).toBe(
      'Set "type: rotation-guide" on "Rotation guide" so that every tool recognises it.',
    );
  });
});

import { Entity } from '@backstage/catalog-model';
import { buildReadinessCatalogView } from '../catalog/catalogView';
import { DEFAULT_READINESS_RULES_CONFIG } from '../config/defaults';
import { evaluateChecks } from '../evaluate/evaluateEntity';

function component(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'checkout', annotations },
    spec: { type: 'service', lifecycle: 'experimental', owner: 'team-a' },
  };
}

function capacityResult(entity: Entity) {
  const catalog = buildReadinessCatalogView([entity]);
  return evaluateChecks(entity, catalog, DEFAULT_READINESS_RULES_CONFIG).find(
    r => r.checkId === 'capacity',
  );
}

describe('capacity check', () => {
  it('applies only to entities declaring a peak', () => {
    expect(capacityResult(component({}))).toBeUndefined();
  });

  it('passes a declared peak from the catalog, leaving AWS to the verifier', () => {
    const result = capacityResult(
      component({ 'stagecraft.io/peak-requests-per-second': '4000' }),
    );
    expect(result).toMatchObject({
      status: 'pass',
      reason:
        'Expected peak: 4000 requests/s. Checked against AWS by the pipelines backend.',
    });
  });

  it('fails a bad peak naming the entity and annotation', () => {
    const result = capacityResult(
      component({ 'stagecraft.io/peak-requests-per-second': 'lots' }),
    );
    expect(result?.status).toBe('fail');
    expect(result?.reason).toContain(
      'component:default/checkout: annotation stagecraft.io/peak-requests-per-second',
    );
    expect(result?.fix).toContain('Correct the expected-peak annotations');
  });
});

import { Entity } from '@backstage/catalog-model';
import { DEFAULT_SECRETS_RULES_CONFIG } from '../config/defaults';
import { SecretsRulesConfig } from '../types';
import { buildSecretsCatalogView } from './catalogView';
import { evaluateSecret, evaluateSecrets } from './evaluateSecret';
import {
  baseCatalog,
  component,
  secret,
  store,
} from './__testUtils__/entities';

const withSeverities = (
  severities: SecretsRulesConfig['severities'],
): SecretsRulesConfig => ({ ...DEFAULT_SECRETS_RULES_CONFIG, severities });

describe('evaluateSecret', () => {
  it('reports a compliant secret', () => {
    const s = secret('reviews-db-password');
    expect(
      evaluateSecret(s, buildSecretsCatalogView([...baseCatalog(), s])),
    ).toEqual({
      entityRef: 'resource:default/reviews-db-password',
      compliant: true,
      findings: [],
      skippedRules: [],
    });
  });

  it('without a catalog runs the single-entity rules and lists the skipped ones', () => {
    const result = evaluateSecret(
      secret('s', { description: 'TODO' }),
      undefined,
    );
    expect(result.skippedRules).toEqual([
      'unique-name',
      'owner',
      'approved-store',
      'dependents',
    ]);
    expect(result.findings.map(f => f.ruleId)).toEqual(['description']);
    expect(result.compliant).toBe(false);
  });

  it('without a catalog still checks the shape of spec.dependsOn', () => {
    const result = evaluateSecret(
      secret('s', { spec: { dependsOn: [] } }),
      undefined,
    );
    expect(result.findings.map(f => f.ruleId)).toEqual(['store']);
  });

  it('reports findings in rule order with severity, message, fix and field', () => {
    const s = secret('s', {
      description: 'TODO',
      links: [],
      spec: {
        owner: 'ghost',
        system: undefined,
        dependsOn: ['resource:default/laptops'],
      },
    });
    const catalog = buildSecretsCatalogView([
      store('laptops', 'team-laptops'),
      s,
    ]);
    const result = evaluateSecret(s, catalog);
    expect(result.findings.map(f => [f.ruleId, f.severity, f.field])).toEqual([
      ['description', 'error', 'metadata.description'],
      ['owner', 'error', 'spec.owner'],
      ['approved-store', 'error', 'spec.dependsOn'],
      ['dependents', 'warning', 'spec.system'],
      ['remediation-docs', 'error', 'metadata.links'],
    ]);
    for (const finding of result.findings) {
      expect(finding.message).toMatch(/\.$/);
      expect(finding.fix).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('keeps a secret compliant when its only findings are warnings', () => {
    const orphan = secret('orphan', { spec: { system: undefined } });
    const result = evaluateSecret(
      orphan,
      buildSecretsCatalogView([...baseCatalog(), orphan]),
    );
    expect(result.findings.map(f => [f.ruleId, f.severity])).toEqual([
      ['dependents', 'warning'],
    ]);
    expect(result.compliant).toBe(true);
  });

  it('applies configured severities: warning keeps it compliant, off removes the finding', () => {
    const s = secret('s', { description: 'TODO' });
    const view = buildSecretsCatalogView([...baseCatalog(), s]);

    const warned = evaluateSecret(
      s,
      view,
      withSeverities({ description: 'warning' }),
    );
    expect(warned.findings.map(f => [f.ruleId, f.severity])).toEqual([
      ['description', 'warning'],
    ]);
    expect(warned.compliant).toBe(true);

    const off = evaluateSecret(s, view, withSeverities({ description: 'off' }));
    expect(off.findings).toEqual([]);
    expect(off.compliant).toBe(true);

    const orphan = secret('o', { spec: { system: undefined } });
    const strict = evaluateSecret(
      orphan,
      buildSecretsCatalogView([...baseCatalog(), orphan]),
      withSeverities({ dependents: 'error' }),
    );
    expect(strict.compliant).toBe(false);
  });

  it('does not list rules that are off as skipped', () => {
    const result = evaluateSecret(
      secret('s'),
      undefined,
      withSeverities({ owner: 'off' }),
    );
    expect(result.skippedRules).toEqual([
      'unique-name',
      'approved-store',
      'dependents',
    ]);
  });
});

describe('evaluateSecrets', () => {
  it('evaluates only secrets, against the whole set', () => {
    const entities: Entity[] = [
      ...baseCatalog(),
      component('reviews-api', ['resource:default/a']),
      secret('a'),
      secret('A', { namespace: 'payments' }),
      store('laptops', 'team-laptops'),
    ];
    const results = evaluateSecrets(entities);
    expect(results.map(r => r.entityRef)).toEqual([
      'resource:default/a',
      'resource:payments/a',
    ]);
    // both duplicates are reported; the payments one also has no owner/store in its namespace
    expect(results[0].findings.map(f => f.ruleId)).toEqual(['unique-name']);
    expect(results[0].findings[0].message).toMatch(
      /also used by resource:payments\/a;/,
    );
    expect(results[1].findings.map(f => f.ruleId)).toContain('unique-name');
    expect(results[1].findings[0].message).toMatch(
      /also used by resource:default\/a;/,
    );
  });

  it('returns nothing for a catalog without secrets', () => {
    expect(evaluateSecrets(baseCatalog())).toEqual([]);
  });

  it('judges 5,000 secrets in a 10,000-entity catalog (speed: bench:secrets)', () => {
    const build = (secrets: number) => {
      const entities: Entity[] = [...baseCatalog()];
      for (let i = 0; i < secrets; i++) {
        entities.push(secret(`secret-${i}`, { spec: { system: undefined } }));
        entities.push(
          component(`service-${i}`, [`resource:default/secret-${i}`]),
        );
      }
      return entities;
    };
    const large = build(5000);
    expect(large.length).toBeGreaterThanOrEqual(10000);
    const results = evaluateSecrets(large);
    expect(results).toHaveLength(5000);
    expect(results.every(r => r.compliant && r.findings.length === 0)).toBe(
      true,
    );
  });
});

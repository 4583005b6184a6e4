import { DEFAULT_SECRETS_RULES_CONFIG } from '../config/defaults';
import { SecretsRulesConfig } from '../types';
import { approvedStoreRule } from './approvedStoreRule';
import { evaluateSecret } from './evaluateSecret';
import { buildSecretsCatalogView } from './catalogView';
import { runRule } from './__testUtils__/check';
import { baseCatalog, secret, store } from './__testUtils__/entities';

const STORE = 'aws-secrets-manager-prod';

/** The approved-store violations of a secret kept in `storeEntity`. */
const keptIn = (
  storeEntity = store(STORE),
  config: SecretsRulesConfig = DEFAULT_SECRETS_RULES_CONFIG,
) =>
  runRule(
    approvedStoreRule,
    secret('s', {
      spec: { dependsOn: [`resource:${storeEntity.metadata.name}`] },
    }),
    [storeEntity],
    config,
  );

/** `ruleId/severity` of every finding of a secret kept in `storeEntity`, over a full catalog. */
const verdict = (
  storeEntity: ReturnType<typeof store>,
  config: SecretsRulesConfig = DEFAULT_SECRETS_RULES_CONFIG,
) => {
  const s = secret('s', {
    spec: { dependsOn: [`resource:${storeEntity.metadata.name}`] },
  });
  const result = evaluateSecret(
    s,
    buildSecretsCatalogView([...baseCatalog(), storeEntity, s]),
    config,
  );
  return {
    compliant: result.compliant,
    findings: result.findings.map(f => `${f.ruleId}/${f.severity}`),
  };
};

const withConfig = (o: Partial<SecretsRulesConfig>): SecretsRulesConfig => ({
  ...DEFAULT_SECRETS_RULES_CONFIG,
  ...o,
});

describe('approved-store rule', () => {
  it.each(DEFAULT_SECRETS_RULES_CONFIG.approvedStoreProviders)(
    'passes for the default approved provider %s',
    provider => {
      expect(keptIn(store('kept-here', provider))).toEqual([]);
    },
  );

  it('compares providers case-insensitively', () => {
    expect(keptIn(store('kept-here', 'HashiCorp-Vault'))).toEqual([]);
  });

  it('fails for an unapproved annotated provider, naming it', () => {
    const [violation] = keptIn(store('kept-here', 'acme-keystore'));
    expect(violation.message).toBe(
      `The secret is kept in resource:default/kept-here, whose provider "acme-keystore" is not an approved secret store provider (approved: ${DEFAULT_SECRETS_RULES_CONFIG.approvedStoreProviders.join(
        ', ',
      )}).`,
    );
    expect(violation.maxSeverity).toBeUndefined();
    expect(violation.fix).toMatch(
      /^Move the secret to a store with an approved provider/,
    );
  });

  it.each([
    ['aws-secrets-manager', undefined],
    ['vault-prod', undefined],
    ['ssm-parameters', undefined],
    ['reviews-store', 'AWS Secrets Manager'],
    ['reviews-store', 'GCP Secret Manager (prod)'],
    ['payments-akv', undefined],
    ['ops-1password', undefined],
    ['doppler-prod', undefined],
  ])(
    'infers an approved provider from the name %s or title %s',
    (name, title) => {
      expect(keptIn(store(name, undefined, title ? { title } : {}))).toEqual(
        [],
      );
    },
  );

  it('warns, without failing the secret, when the provider cannot be determined', () => {
    const unknown = store('reviews-store');
    const [violation] = keptIn(unknown);
    expect(violation.maxSeverity).toBe('warning');
    expect(violation.message).toBe(
      "The secret's store resource:default/reviews-store is not known to be approved: it has no stagecraft.io/store-provider annotation, and its name and title name no known provider.",
    );
    expect(verdict(unknown)).toEqual({
      compliant: true,
      findings: ['approved-store/warning'],
    });
  });

  it.each([
    ['team-laptops', undefined, undefined],
    ['dev-laptop', undefined, undefined],
    ['shared', 'Finance shared drive', undefined],
    ['secrets-spreadsheet', undefined, undefined],
    ['ops', 'Slack #ops channel', undefined],
    ['ops-email', undefined, undefined],
    ['kept-here', undefined, 'personal-machine'],
  ])(
    'fails a known-unsafe place: name %s, title %s, provider %s',
    (name, title, provider) => {
      const place = store(name, provider, title ? { title } : {});
      const [violation] = keptIn(place);
      expect(violation.message).toMatch(
        /names a place that is not safe for secrets/,
      );
      expect(violation.maxSeverity).toBeUndefined();
      expect(verdict(place)).toEqual({
        compliant: false,
        findings: ['approved-store/error'],
      });
    },
  );

  it("trusts an approved provider annotation over the store's name", () => {
    expect(keptIn(store('laptop-vault', 'hashicorp-vault'))).toEqual([]);
  });

  it('judges an unsafe name before an approved provider inferred from it', () => {
    expect(keptIn(store('vault-on-my-laptop'))[0].message).toMatch(
      /"vault-on-my-laptop" names a place that is not safe/,
    );
  });

  it('uses the configured providers', () => {
    const config = withConfig({ approvedStoreProviders: ['acme-keystore'] });
    expect(keptIn(store('kept-here', 'acme-keystore'), config)).toEqual([]);
    expect(keptIn(store('vault-prod'), config)[0].message).toMatch(
      /provider "hashicorp-vault" \(from its name\) is not an approved/,
    );
  });

  it('approves stores listed by ref or name pattern, a listed ref even in an unsafe place', () => {
    expect(
      keptIn(
        store('team-laptops'),
        withConfig({ approvedStores: ['resource:default/team-laptops'] }),
      ),
    ).toEqual([]);
    const byPattern = withConfig({ approvedStoreNamePatterns: ['legacy-*'] });
    expect(keptIn(store('legacy-keystore'), byPattern)).toEqual([]);
    expect(keptIn(store('legacy-laptops'), byPattern)).toHaveLength(1);
  });

  it('infers providers from configured patterns and unsafe places from configured ones', () => {
    const config = withConfig({
      storeProviderPatterns: { 'hashicorp-vault': ['keystore'] },
      unsafeStorePatterns: ['notion'],
    });
    expect(keptIn(store('acme-keystore'), config)).toEqual([]);
    expect(keptIn(store('team-notion'), config)[0].message).toMatch(
      /not safe for secrets \(matches "notion"/,
    );
    expect(keptIn(store('team-laptops'), config)[0].maxSeverity).toBe(
      'warning',
    );
  });

  it('leaves unresolved stores to the store rule', () => {
    expect(runRule(approvedStoreRule, secret('s'), [])).toEqual([]);
    expect(
      runRule(approvedStoreRule, secret('s', { spec: { dependsOn: [] } }), [
        store('x', 'team-laptops'),
      ]),
    ).toEqual([]);
  });

  it('keeps the default store of the test secret approved', () => {
    expect(keptIn(store(STORE))).toEqual([]);
  });
});

import { DEFAULT_SECRETS_RULES_CONFIG } from '../config/defaults';
import { approvedStoreRule } from './approvedStoreRule';
import { runRule } from './__testUtils__/check';
import { secret, store } from './__testUtils__/entities';

const kept = (provider?: string) =>
  runRule(approvedStoreRule, secret('s'), [
    store('aws-secrets-manager-prod', provider),
  ]);

describe('approved-store rule', () => {
  it.each(DEFAULT_SECRETS_RULES_CONFIG.approvedStoreProviders)(
    'passes for the default approved provider %s',
    provider => {
      expect(kept(provider)).toEqual([]);
    },
  );

  it('compares providers case-insensitively', () => {
    expect(kept('HashiCorp-Vault')).toEqual([]);
  });

  it('fails for an unapproved provider, naming it', () => {
    const [violation] = kept('team-laptops');
    expect(violation.message).toBe(
      'The secret is kept in resource:default/aws-secrets-manager-prod, whose provider "team-laptops" is not an approved secret store provider (approved: aws-secrets-manager, aws-kms, aws-ssm-parameter-store, hashicorp-vault, aws-acm).',
    );
    expect(violation.fix).toMatch(
      /^Move the secret to a store with an approved provider/,
    );
  });

  it('fails when the store has no provider annotation', () => {
    expect(kept(undefined)[0].message).toMatch(
      /has no stagecraft\.io\/store-provider annotation/,
    );
  });

  it('uses the configured list', () => {
    const config = {
      ...DEFAULT_SECRETS_RULES_CONFIG,
      approvedStoreProviders: ['team-laptops'],
    };
    const catalog = [store('aws-secrets-manager-prod', 'team-laptops')];
    expect(runRule(approvedStoreRule, secret('s'), catalog, config)).toEqual(
      [],
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
});

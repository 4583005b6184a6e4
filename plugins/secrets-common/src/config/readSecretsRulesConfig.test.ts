import { ConfigReader } from '@backstage/config';
import { DEFAULT_SECRETS_RULES_CONFIG } from './defaults';
import { readSecretsRulesConfig } from './readSecretsRulesConfig';

const read = (data: object) => readSecretsRulesConfig(new ConfigReader(data));

describe('readSecretsRulesConfig', () => {
  it('returns the defaults without config or without the stagecraft.secrets block', () => {
    expect(readSecretsRulesConfig()).toEqual(DEFAULT_SECRETS_RULES_CONFIG);
    expect(read({ app: { title: 'x' } })).toEqual(DEFAULT_SECRETS_RULES_CONFIG);
  });

  it('takes app.baseUrl as the portal remediation links are judged against', () => {
    expect(
      read({ app: { baseUrl: 'https://portal.example.com' } }).portalBaseUrl,
    ).toBe('https://portal.example.com');
  });

  it('does not share arrays with the defaults', () => {
    readSecretsRulesConfig().approvedStoreProviders.push('team-laptops');
    expect(DEFAULT_SECRETS_RULES_CONFIG.approvedStoreProviders).not.toContain(
      'team-laptops',
    );
  });

  it('replaces the approved providers', () => {
    expect(
      read({
        stagecraft: {
          secrets: { approvedStoreProviders: ['hashicorp-vault', ' aws-kms '] },
        },
      }).approvedStoreProviders,
    ).toEqual(['hashicorp-vault', 'aws-kms']);
  });

  it('overrides rule severities and keeps the other defaults', () => {
    const config = read({
      stagecraft: {
        secrets: {
          rules: {
            description: { severity: 'warning' },
            dependents: { severity: 'off' },
            owner: {},
          },
        },
      },
    });
    expect(config.severities).toEqual({
      ...DEFAULT_SECRETS_RULES_CONFIG.severities,
      description: 'warning',
      dependents: 'off',
    });
  });

  it('names the key of an unknown rule', () => {
    expect(() =>
      read({
        stagecraft: { secrets: { rules: { ownr: { severity: 'off' } } } },
      }),
    ).toThrow(/stagecraft\.secrets\.rules\.ownr: unknown rule "ownr"/);
  });

  it('names the key of an invalid severity', () => {
    expect(() =>
      read({
        stagecraft: { secrets: { rules: { owner: { severity: 'fatal' } } } },
      }),
    ).toThrow(
      /stagecraft\.secrets\.rules\.owner\.severity: "fatal" is not a severity/,
    );
  });

  it('names the key when values have the wrong type', () => {
    expect(() =>
      read({ stagecraft: { secrets: { approvedStoreProviders: 'aws-kms' } } }),
    ).toThrow(/stagecraft\.secrets\.approvedStoreProviders/);
    expect(() =>
      read({ stagecraft: { secrets: { rules: { owner: { severity: 3 } } } } }),
    ).toThrow(/stagecraft\.secrets\.rules\.owner\.severity/);
    expect(() =>
      read({ stagecraft: { secrets: { approvedStoreProviders: [''] } } }),
    ).toThrow(/stagecraft\.secrets\.approvedStoreProviders\[0\]/);
  });

  it('approves the providers the issue names by default, and infers them from names', () => {
    const config = readSecretsRulesConfig();
    expect(config.approvedStoreProviders).toEqual(
      expect.arrayContaining([
        'aws-secrets-manager',
        'aws-ssm-parameter-store',
        'hashicorp-vault',
        'gcp-secret-manager',
        'azure-key-vault',
        '1password',
        'doppler',
      ]),
    );
    for (const provider of config.approvedStoreProviders) {
      expect(config.storeProviderPatterns?.[provider]).toBeDefined();
    }
  });

  it('reads approved stores as normalised refs', () => {
    expect(
      read({
        stagecraft: {
          secrets: {
            approvedStores: ['legacy-kms', 'resource:Ops/Old-Vault'],
          },
        },
      }).approvedStores,
    ).toEqual(['resource:default/legacy-kms', 'resource:ops/old-vault']);
    expect(() =>
      read({ stagecraft: { secrets: { approvedStores: ['resource:ops/'] } } }),
    ).toThrow(
      /stagecraft\.secrets\.approvedStores\[0\]: "resource:ops\/" is not an entity ref/,
    );
  });

  it('reads name patterns and unsafe patterns, replacing the defaults', () => {
    const config = read({
      stagecraft: {
        secrets: {
          approvedStoreNamePatterns: ['legacy-*'],
          unsafeStorePatterns: ['notion', ' wiki '],
        },
      },
    });
    expect(config.approvedStoreNamePatterns).toEqual(['legacy-*']);
    expect(config.unsafeStorePatterns).toEqual(['notion', 'wiki']);
  });

  it("puts configured provider patterns first, replacing that provider's defaults", () => {
    const patterns = read({
      stagecraft: {
        secrets: {
          storeProviderPatterns: {
            'acme-keystore': ['keystore'],
            'hashicorp-vault': ['hcv'],
          },
        },
      },
    }).storeProviderPatterns!;
    expect(Object.keys(patterns).slice(0, 2)).toEqual([
      'acme-keystore',
      'hashicorp-vault',
    ]);
    expect(patterns['hashicorp-vault']).toEqual(['hcv']);
    expect(patterns['aws-secrets-manager']).toEqual(
      DEFAULT_SECRETS_RULES_CONFIG.storeProviderPatterns![
        'aws-secrets-manager'
      ],
    );
    expect(() =>
      read({
        stagecraft: { secrets: { storeProviderPatterns: { vault: 'vault' } } },
      }),
    ).toThrow(/stagecraft\.secrets\.storeProviderPatterns\.vault/);
    expect(() =>
      read({ stagecraft: { secrets: { unsafeStorePatterns: [' '] } } }),
    ).toThrow(/stagecraft\.secrets\.unsafeStorePatterns\[0\]: empty value/);
  });
});

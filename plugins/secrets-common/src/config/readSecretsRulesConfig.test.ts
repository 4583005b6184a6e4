import { ConfigReader } from '@backstage/config';
import { DEFAULT_SECRETS_RULES_CONFIG } from './defaults';
import { readSecretsRulesConfig } from './readSecretsRulesConfig';

const read = (data: object) => readSecretsRulesConfig(new ConfigReader(data));

describe('readSecretsRulesConfig', () => {
  it('returns the defaults without config or without the stagecraft.secrets block', () => {
    expect(readSecretsRulesConfig()).toEqual(DEFAULT_SECRETS_RULES_CONFIG);
    expect(read({ app: { title: 'x' } })).toEqual(DEFAULT_SECRETS_RULES_CONFIG);
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
});

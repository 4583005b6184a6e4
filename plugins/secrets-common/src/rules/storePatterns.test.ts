import { matchesStorePattern, normaliseStoreText } from './storePatterns';

describe('store patterns', () => {
  it('normalises names and titles to lower-case words', () => {
    expect(normaliseStoreText('AWS Secrets Manager (prod)')).toBe(
      'aws-secrets-manager-prod',
    );
    expect(normaliseStoreText('awsSecretsManager')).toBe('aws-secrets-manager');
    expect(normaliseStoreText('ssm_parameters')).toBe('ssm-parameters');
  });

  it.each([
    { pattern: 'vault', text: 'vault-prod', matches: true },
    { pattern: 'vault', text: 'Vault (prod)', matches: true },
    { pattern: 'vault', text: 'vaultwarden', matches: false },
    { pattern: 'secrets-manager', text: 'aws-secrets-manager', matches: true },
    { pattern: 'secrets-manager', text: 'secrets-managers', matches: false },
    { pattern: 'ssm', text: 'ssm-parameters', matches: true },
    { pattern: 'ssm', text: 'glassmorphism', matches: false },
    { pattern: 'laptop*', text: 'team-laptops', matches: true },
    { pattern: 'laptop*', text: 'Dev laptop', matches: true },
    { pattern: 'shared-drive*', text: 'Finance Shared Drive', matches: true },
    { pattern: 'email*', text: 'emailed-to-ops', matches: true },
    { pattern: 'chat', text: 'chatops-bot', matches: false },
    { pattern: '*', text: 'anything', matches: true },
    { pattern: 'vault', text: '', matches: false },
  ])('$pattern matches $text: $matches', ({ pattern, text, matches }) => {
    expect(matchesStorePattern(pattern, text)).toBe(matches);
  });

  it('treats regular expression characters in patterns literally', () => {
    expect(matchesStorePattern('a.b', 'axb')).toBe(false);
    expect(matchesStorePattern('(vault)', 'vault')).toBe(true);
  });
});

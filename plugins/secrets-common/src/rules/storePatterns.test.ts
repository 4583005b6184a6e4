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
    ['vault', 'vault-prod', true],
    ['vault', 'Vault (prod)', true],
    ['vault', 'vaultwarden', false],
    ['secrets-manager', 'aws-secrets-manager', true],
    ['secrets-manager', 'secrets-managers', false],
    ['ssm', 'ssm-parameters', true],
    ['ssm', 'glassmorphism', false],
    ['laptop*', 'team-laptops', true],
    ['laptop*', 'Dev laptop', true],
    ['shared-drive*', 'Finance Shared Drive', true],
    ['email*', 'emailed-to-ops', true],
    ['chat', 'chatops-bot', false],
    ['*', 'anything', true],
    ['vault', '', false],
  ])('%s matches %s: %s', (pattern, text, expected) => {
    expect(matchesStorePattern(pattern, text)).toBe(expected);
  });

  it('treats regular expression characters in patterns literally', () => {
    expect(matchesStorePattern('a.b', 'axb')).toBe(false);
    expect(matchesStorePattern('(vault)', 'vault')).toBe(true);
  });
});

import { ConfigReader } from '@backstage/config';
import { DEFAULT_CACHE_TTL_MS, readSecretsBackendConfig } from './config';

const read = (secrets: object) =>
  readSecretsBackendConfig(new ConfigReader({ stagecraft: { secrets } }));

describe('readSecretsBackendConfig', () => {
  it('defaults to a 30 s cache and the default rules', () => {
    const config = readSecretsBackendConfig(new ConfigReader({}));
    expect(config.cacheTtlMs).toBe(DEFAULT_CACHE_TTL_MS);
    expect(config.rulesConfig.approvedStoreProviders).toContain(
      'aws-secrets-manager',
    );
  });

  it('reads the cache TTL as a duration object or string', () => {
    expect(read({ review: { cacheTtl: { seconds: 5 } } }).cacheTtlMs).toBe(
      5000,
    );
    expect(read({ review: { cacheTtl: '2m' } }).cacheTtlMs).toBe(120_000);
    expect(read({ review: { cacheTtl: 'PT10S' } }).cacheTtlMs).toBe(10_000);
  });

  it('names the key of an invalid TTL', () => {
    expect(() => read({ review: { cacheTtl: 'soon' } })).toThrow(
      /Invalid configuration at stagecraft\.secrets\.review\.cacheTtl/,
    );
  });

  it('reads the shared rule settings', () => {
    expect(
      read({ approvedStoreProviders: ['hashicorp-vault'] }).rulesConfig
        .approvedStoreProviders,
    ).toEqual(['hashicorp-vault']);
  });
});

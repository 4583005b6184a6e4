import { isSecret, isSecretStore } from '@stagecraft/plugin-secrets-common';
import * as api from '.';

describe('@stagecraft/plugin-secrets', () => {
  it('exports the plugin, the page, the cards and the entity predicates', () => {
    expect(api.secretsPlugin.getId()).toBe('secrets');
    expect([...api.secretsPlugin.getApis()].map(f => f.api.id)).toEqual([
      'plugin.secrets.service',
    ]);
    for (const extension of [
      api.SecretsPage,
      api.EntitySecretOverviewCard,
      api.EntitySecretRotationCard,
      api.EntitySecretStoreCoverageCard,
      api.EntitySecretStoreSecretsCard,
      api.EntityDependsOnSecretsCard,
    ]) {
      expect(typeof extension).toBe('function');
    }
    expect(api.isSecret).toBe(isSecret);
    expect(api.isSecretStore).toBe(isSecretStore);
  });
});

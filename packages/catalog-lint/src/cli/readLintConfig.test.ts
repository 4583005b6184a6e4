import { writeCatalogFiles } from '@internal/stagecraft-test-utils';
import { ConfigFileError, readLintConfig } from './readLintConfig';

describe('readLintConfig', () => {
  const { dir, remove } = writeCatalogFiles({
    'base.yaml': [
      'catalog:',
      '  rules:',
      '    - allow: [Component, API]',
      '    - allow: [Template]',
      '      locations: [{ type: url, pattern: https://x }]',
      'stagecraft:',
      '  secrets:',
      '    approvedStoreProviders: [hashicorp-vault]',
      '',
    ].join('\n'),
    'override.yaml':
      'stagecraft:\n  secrets:\n    rules:\n      dependents:\n        severity: error\n',
    'bad.yaml':
      'stagecraft:\n  secrets:\n    rules:\n      owner:\n        severity: fatal\n',
    'list.yaml': '- a\n',
  });
  afterAll(remove);

  it('uses the defaults without files', () => {
    const config = readLintConfig([]);
    expect(config.allowedKinds).toBeUndefined();
    expect(config.secrets.approvedStoreProviders).toContain(
      'aws-secrets-manager',
    );
  });

  it('merges files, later ones winning, and reads catalog.rules', () => {
    const config = readLintConfig([`${dir}/base.yaml`, `${dir}/override.yaml`]);
    expect(config.allowedKinds).toEqual(['Component', 'API']);
    expect(config.secrets.approvedStoreProviders).toEqual(['hashicorp-vault']);
    expect(config.secrets.severities.dependents).toBe('error');
  });

  it('names the problem in a bad file', () => {
    expect(() => readLintConfig([`${dir}/bad.yaml`])).toThrow(ConfigFileError);
    expect(() => readLintConfig([`${dir}/bad.yaml`])).toThrow(
      'stagecraft.secrets.rules.owner.severity',
    );
    expect(() => readLintConfig([`${dir}/list.yaml`])).toThrow(
      'must hold a mapping',
    );
    expect(() => readLintConfig([`${dir}/missing.yaml`])).toThrow(
      /Cannot read configuration file .*missing\.yaml/,
    );
  });
});

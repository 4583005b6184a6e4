// eslint-disable-next-line @backstage/no-mixed-plugin-imports -- test entities from the shared harness
import { catalogEntity } from '@internal/stagecraft-test-utils';
import { Entity } from '@backstage/catalog-model';
import { isSecret, isSecretStore } from './secretTypes';

const entity = (kind: string, type?: string): Entity =>
  catalogEntity(kind, 'x', type ? { type } : {});

describe('isSecret / isSecretStore', () => {
  it('recognises Resources by spec.type', () => {
    expect(isSecret(entity('Resource', 'secret'))).toBe(true);
    expect(isSecret(entity('resource', 'secret'))).toBe(true);
    expect(isSecretStore(entity('Resource', 'secret-store'))).toBe(true);
    expect(isSecret(entity('Resource', 'secret-store'))).toBe(false);
    expect(isSecretStore(entity('Resource', 'secret'))).toBe(false);
  });

  it('ignores other kinds and entities without a type', () => {
    expect(isSecret(entity('Component', 'secret'))).toBe(false);
    expect(isSecret(entity('Resource'))).toBe(false);
    expect(isSecretStore(entity('System', 'secret-store'))).toBe(false);
  });
});

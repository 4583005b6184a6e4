import { declaredStoreRef } from './resolveStore';
import { secret } from './__testUtils__/entities';

describe('declaredStoreRef', () => {
  it('returns the single resource entry, defaulting to the secret namespace', () => {
    expect(
      declaredStoreRef(
        secret('db-password', {
          namespace: 'payments',
          spec: { dependsOn: ['component:web', 'resource:vault-prod'] },
        }),
      ),
    ).toBe('resource:payments/vault-prod');
  });

  it('returns undefined for no resource entry, several, or a malformed list', () => {
    const none = secret('a', { spec: { dependsOn: ['component:web'] } });
    const several = secret('b', {
      spec: { dependsOn: ['resource:vault-a', 'resource:vault-b'] },
    });
    const malformed = secret('c', { spec: { dependsOn: 'resource:vault' } });
    expect(declaredStoreRef(none)).toBeUndefined();
    expect(declaredStoreRef(several)).toBeUndefined();
    expect(declaredStoreRef(malformed)).toBeUndefined();
  });
});

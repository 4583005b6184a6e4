import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { StoreDrift } from '@stagecraft/plugin-secrets-common';
import { visibleDrift } from './visibleDrift';

const resource = (name: string, title?: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name, namespace: 'default', ...(title ? { title } : {}) },
  spec: {},
});

const drift = (store: string, secrets: string[]): StoreDrift => ({
  store: `resource:default/${store}`,
  provider: 'aws-secrets-manager',
  simulated: false,
  status: 'ok',
  checkedAt: '2026-12-05T12:00:00.000Z',
  findings: [
    ...secrets.map(secret => ({
      kind: 'ghost' as const,
      severity: 'error' as const,
      store: `resource:default/${store}`,
      secret: `resource:default/${secret}`,
      evidence: `${secret} is not in the store`,
      fix: 'Fix the path',
    })),
    {
      kind: 'shadow',
      severity: 'error',
      store: `resource:default/${store}`,
      item: 'shared/ci-token',
      evidence: 'shared/ci-token is in the store',
      fix: 'Add it to the catalog',
    },
  ],
  rotations: secrets.map(secret => ({
    secret: `resource:default/${secret}`,
    store: `resource:default/${store}`,
    item: `prod/${secret}`,
  })),
});

describe('visibleDrift', () => {
  it('leaves out stores and findings about secrets the caller may not read', async () => {
    // The catalog answers with the caller's credentials: it holds only what they may read.
    const catalog = catalogServiceMock({
      entities: [resource('readable-store'), resource('readable-secret')],
    });
    const visible = await visibleDrift(
      [
        drift('readable-store', ['readable-secret', 'hidden-secret']),
        drift('hidden-store', ['readable-secret']),
      ],
      catalog,
      mockCredentials.user(),
    );
    expect(visible.map(s => s.store)).toEqual([
      'resource:default/readable-store',
    ]);
    expect(visible[0].findings.map(f => f.secret ?? f.item)).toEqual([
      'resource:default/readable-secret',
      'shared/ci-token',
    ]);
    expect(visible[0].rotations!.map(r => r.secret)).toEqual([
      'resource:default/readable-secret',
    ]);
  });

  it("names each store by its entity's title, and leaves the title out when it has none", async () => {
    const catalog = catalogServiceMock({
      entities: [
        resource('vault-prod', 'HashiCorp Vault (prod)'),
        resource('untitled-store'),
      ],
    });
    const visible = await visibleDrift(
      [drift('vault-prod', []), drift('untitled-store', [])],
      catalog,
      mockCredentials.user(),
    );
    expect(visible.map(s => [s.store, s.title])).toEqual([
      ['resource:default/vault-prod', 'HashiCorp Vault (prod)'],
      ['resource:default/untitled-store', undefined],
    ]);
    expect(visible[1]).not.toHaveProperty('title');
  });
});

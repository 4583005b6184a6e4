import { Entity } from '@backstage/catalog-model';
import { buildCatalogView } from '@stagecraft/catalog-conventions-common';
import { DriftFinding } from '@stagecraft/plugin-secrets-common';
import { DriftTransitions } from '../drift/DriftTransitionListener';
import { finding } from '../__testUtils__/storeDrift';
import { driftTransitionStates } from './driftTransitionStates';

const STORE = 'resource:default/vault-prod';
const OWNED = 'resource:default/orders-db-password';
const UNOWNED = 'resource:default/legacy-token';

const resource = (name: string, spec: object, title?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name, ...(title ? { title } : {}) },
  spec,
});

const catalog = buildCatalogView([
  resource('vault-prod', { type: 'secret-store', owner: 'platform' }, 'Vault'),
  resource('orders-db-password', { type: 'secret', owner: 'team-a' }),
  resource('legacy-token', { type: 'secret' }),
]);

const run = (
  findings: DriftFinding[],
  resolved: DriftFinding[] = [],
): DriftTransitions => ({
  store: STORE,
  checkedAt: '2026-12-05T12:00:00.000Z',
  firstRun: false,
  findings,
  appeared: findings,
  resolved,
  catalog,
});

describe('driftTransitionStates', () => {
  it('notifies shadows, ghosts, overdue rotation and expiry; not disabled rotation or unused items', () => {
    const states = driftTransitionStates(
      run([
        finding(STORE, 'shadow', { item: 'kv/a' }),
        finding(STORE, 'ghost', { secret: OWNED }),
        finding(STORE, 'rotation-overdue', { secret: OWNED }),
        finding(STORE, 'expiring', { secret: OWNED }),
        finding(STORE, 'rotation-disabled', { secret: OWNED }),
        finding(STORE, 'unused', { item: 'kv/a' }),
      ]),
    );
    expect(states.map(s => s.topic)).toEqual([
      'secrets:shadow',
      'secrets:ghost',
      'secrets:rotation-overdue',
      'secrets:expiring',
    ]);
  });

  it("tells a secret's finding to its owner, else the store's owner; an item's to the store's owner", () => {
    const states = driftTransitionStates(
      run([
        finding(STORE, 'ghost', { secret: OWNED }),
        finding(STORE, 'ghost', { secret: UNOWNED }),
        finding(STORE, 'shadow', { item: 'kv/a' }),
      ]),
    );
    expect(states.map(s => [s.entityRef, s.ownerRef])).toEqual([
      [OWNED, 'group:default/team-a'],
      [UNOWNED, 'group:default/platform'],
      [STORE, 'group:default/platform'],
    ]);
    expect(states.map(s => s.title)).toEqual([
      'Ghost secret in Vault: orders-db-password',
      'Ghost secret in Vault: legacy-token',
      'Shadow secret in Vault: kv/a',
    ]);
  });

  it('tells expiring and expired apart, so an item that expires is told again', () => {
    const expiring = { ...finding(STORE, 'expiring', { item: 'tls' }) };
    const states = driftTransitionStates(
      run([
        { ...expiring, severity: 'warning' },
        { ...finding(STORE, 'expiring', { secret: OWNED }), severity: 'error' },
      ]),
    );
    expect(states.map(s => [s.state, s.healthy, s.severity, s.title])).toEqual([
      ['expiring', false, 'normal', 'Expiring in Vault: tls'],
      ['expired', false, 'high', 'Expired in Vault: orders-db-password'],
    ]);
    expect(states[0].link).toBe(
      '/secrets/drift?store=resource%3Adefault%2Fvault-prod&kind=expiring&q=tls',
    );
  });

  it('observes each resolved finding as resolved (good), at low severity, under the same key', () => {
    const shadow = finding(STORE, 'shadow', { item: 'kv/a' });
    const [failing] = driftTransitionStates(run([shadow]));
    const [resolved] = driftTransitionStates(run([], [shadow]));
    expect(resolved).toMatchObject({
      key: failing.key,
      state: 'resolved',
      healthy: true,
      severity: 'low',
      title: `Resolved: ${failing.title}`,
      description:
        'The reconciliation of Vault on 2026-12-05 no longer finds it.',
      observedAt: new Date('2026-12-05T12:00:00.000Z'),
    });
  });
});

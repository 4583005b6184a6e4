import { SecretStoreItem } from '../types';
import { reconcileStore } from './reconcileStore';
import {
  CatalogSecret,
  DEFAULT_RECONCILE_POLICY,
  DriftFinding,
} from './types';

const NOW = new Date('2026-12-05T12:00:00Z');
const STORE = 'resource:default/aws-secrets-manager-prod';
const daysAgo = (days: number) =>
  new Date(NOW.getTime() - days * 86_400_000).toISOString();

const secret = (
  path: string,
  extra: Partial<CatalogSecret> = {},
): CatalogSecret => ({
  ref: `resource:default/${path.replace(/\W+/g, '-')}`,
  path,
  dependents: 1,
  ...extra,
});

const item = (
  name: string,
  extra: Partial<SecretStoreItem> = {},
): SecretStoreItem => ({
  name,
  kind: 'secret',
  lastRotated: daysAgo(10),
  lastAccessed: daysAgo(1),
  ...extra,
});

const reconcile = (
  secrets: CatalogSecret[],
  items: SecretStoreItem[],
  policy = DEFAULT_RECONCILE_POLICY,
) =>
  reconcileStore({
    store: STORE,
    secrets,
    items,
    policy,
    now: NOW,
  }).findings.map(
    (f: DriftFinding) => `${f.kind}/${f.severity} ${f.item}: ${f.evidence}`,
  );

describe('reconcileStore', () => {
  it('finds nothing when the catalog and the store agree', () => {
    expect(reconcile([secret('prod/api-key')], [item('prod/api-key')])).toEqual(
      [],
    );
  });

  it('reports a store item no catalog secret names as a shadow secret', () => {
    expect(
      reconcile(
        [],
        [item('shared/ci-deploy-token', { lastAccessed: undefined })],
      ),
    ).toEqual([
      'shadow/error shared/ci-deploy-token: shared/ci-deploy-token (secret) is in the store, and no catalog secret names it.',
    ]);
  });

  it('matches a catalog secret by the ARN as well as the name', () => {
    const arn =
      'arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/api-key-AbCdEf';
    expect(
      reconcile([secret(arn)], [item('prod/api-key', { id: arn })]),
    ).toEqual([]);
  });

  it("matches a Vault API path and a 'wildcard.' certificate by the names their readers give", () => {
    expect(
      reconcile(
        [secret('kv/data/prod/x'), secret('eu-west-1/wildcard.example.com')],
        [item('kv/prod/x'), item('eu-west-1/*.example.com')],
      ),
    ).toEqual([]);
  });

  it('reports a catalog secret gone from the store, and one being deleted while depended on, as ghosts', () => {
    expect(
      reconcile(
        [
          secret('prod/gone', { dependents: 3 }),
          secret('prod/unused-gone', { dependents: 0 }),
          secret('prod/leaving'),
        ],
        [item('prod/leaving', { deletedAt: '2026-12-20T00:00:00Z' })],
      ),
    ).toEqual([
      'ghost/error prod/gone: prod/gone is not in the store; 3 entities depend on it.',
      'ghost/warning prod/unused-gone: prod/unused-gone is not in the store; 0 entities depend on it.',
      'ghost/error prod/leaving: prod/leaving is deleted or scheduled for deletion (2026-12-20); 1 entity depends on it.',
    ]);
  });

  it("reports overdue rotation against the secret's period, else the store's, else the policy's", () => {
    expect(
      reconcile(
        [
          secret('prod/by-secret', { rotationPeriodDays: 90 }),
          secret('prod/by-store'),
          secret('prod/by-policy'),
          secret('prod/on-time', { rotationPeriodDays: 365 }),
        ],
        [
          item('prod/by-secret', { lastRotated: daysAgo(120) }),
          item('prod/by-store', {
            lastRotated: undefined,
            lastChanged: daysAgo(40),
            rotationPeriodDays: 30,
          }),
          item('prod/by-policy', { lastRotated: daysAgo(200) }),
          item('prod/on-time', { lastRotated: daysAgo(120) }),
        ],
        { ...DEFAULT_RECONCILE_POLICY, defaultRotationPeriodDays: 180 },
      ),
    ).toEqual([
      `rotation-overdue/error prod/by-secret: Last rotated on ${daysAgo(
        120,
      ).slice(0, 10)}, 120 days ago; its rotation period is 90 days.`,
      `rotation-overdue/error prod/by-store: Last changed on ${daysAgo(
        40,
      ).slice(0, 10)}, 40 days ago; its rotation period is 30 days.`,
      `rotation-overdue/error prod/by-policy: Last rotated on ${daysAgo(
        200,
      ).slice(0, 10)}, 200 days ago; its rotation period is 180 days.`,
    ]);
  });

  it('reports disabled rotation only where the policy requires it', () => {
    const items = [item('prod/manual', { rotationEnabled: false })];
    expect(reconcile([secret('prod/manual')], items)).toEqual([]);
    expect(
      reconcile([secret('prod/manual')], items, {
        ...DEFAULT_RECONCILE_POLICY,
        requireRotation: true,
      }),
    ).toEqual([
      'rotation-disabled/warning prod/manual: prod/manual has automatic rotation turned off.',
    ]);
  });

  it('reports items not read for a long time, and certificates expiring soon or expired', () => {
    expect(
      reconcile(
        [secret('prod/idle'), secret('eu-west-1/api.example.com')],
        [
          item('prod/idle', { lastAccessed: daysAgo(120) }),
          item('eu-west-1/api.example.com', {
            kind: 'certificate',
            lastRotated: undefined,
            expiresAt: '2026-12-17T12:00:00Z',
          }),
          item('eu-west-1/old.example.com', {
            kind: 'certificate',
            lastRotated: undefined,
            lastAccessed: undefined,
            expiresAt: '2026-11-01T00:00:00Z',
            deletedAt: undefined,
          }),
        ],
      ),
    ).toEqual([
      `unused/info prod/idle: Not read for 120 days (last on ${daysAgo(
        120,
      ).slice(0, 10)}).`,
      'expiring/warning eu-west-1/api.example.com: Expires on 2026-12-17, in 12 days.',
      'shadow/error eu-west-1/old.example.com: eu-west-1/old.example.com (certificate) is in the store, and no catalog secret names it.',
      'expiring/error eu-west-1/old.example.com: Expired on 2026-11-01.',
    ]);
  });

  it('reports the rotation status of each catalog secret the store holds, due a period after its last rotation or change', () => {
    const { rotations } = reconcileStore({
      store: STORE,
      secrets: [
        secret('prod/rotated', { rotationPeriodDays: 30 }),
        secret('prod/changed'),
        secret('prod/no-period'),
        secret('prod/gone'),
        secret('eu-west-1/api.example.com'),
      ],
      items: [
        item('prod/rotated', {
          lastRotated: '2026-11-20T00:00:00.000Z',
          lastChanged: '2026-11-21T00:00:00.000Z',
          rotationEnabled: true,
          rotationPeriodDays: 7,
        }),
        item('prod/changed', {
          lastRotated: undefined,
          lastChanged: '2026-10-01T00:00:00.000Z',
          lastAccessed: undefined,
        }),
        item('prod/no-period', { lastRotated: undefined }),
        item('eu-west-1/api.example.com', {
          kind: 'certificate',
          lastRotated: '2026-06-01T00:00:00.000Z',
          expiresAt: '2027-06-01T00:00:00.000Z',
          rotationEnabled: false,
        }),
        item('shared/shadow'),
      ],
      policy: { ...DEFAULT_RECONCILE_POLICY, defaultRotationPeriodDays: 90 },
      now: NOW,
    });
    expect(rotations).toEqual([
      {
        secret: 'resource:default/prod-rotated',
        store: STORE,
        item: 'prod/rotated',
        lastRotatedAt: '2026-11-20T00:00:00.000Z',
        lastChangedAt: '2026-11-21T00:00:00.000Z',
        lastAccessedAt: daysAgo(1),
        // The secret's period wins over the store's.
        rotationPeriodDays: 30,
        nextDueAt: '2026-12-20T00:00:00.000Z',
        rotationEnabled: true,
      },
      {
        secret: 'resource:default/prod-changed',
        store: STORE,
        item: 'prod/changed',
        lastChangedAt: '2026-10-01T00:00:00.000Z',
        rotationPeriodDays: 90,
        nextDueAt: '2026-12-30T00:00:00.000Z',
      },
      {
        secret: 'resource:default/prod-no-period',
        store: STORE,
        item: 'prod/no-period',
        lastAccessedAt: daysAgo(1),
        rotationPeriodDays: 90,
      },
      {
        secret: 'resource:default/eu-west-1-api-example-com',
        store: STORE,
        item: 'eu-west-1/api.example.com',
        lastRotatedAt: '2026-06-01T00:00:00.000Z',
        lastAccessedAt: daysAgo(1),
        rotationPeriodDays: 90,
        nextDueAt: '2026-08-30T00:00:00.000Z',
        rotationEnabled: false,
        expiresAt: '2027-06-01T00:00:00.000Z',
      },
    ]);
  });

  it('gives no rotation period when neither the secret, the store nor the policy has one', () => {
    const { rotations } = reconcileStore({
      store: STORE,
      secrets: [secret('prod/x')],
      items: [item('prod/x', { lastRotated: '2026-11-01T00:00:00.000Z' })],
      policy: DEFAULT_RECONCILE_POLICY,
      now: NOW,
    });
    expect(rotations[0].rotationPeriodDays).toBeUndefined();
    expect(rotations[0].nextDueAt).toBeUndefined();
    expect(rotations[0].lastRotatedAt).toBe('2026-11-01T00:00:00.000Z');
  });
});

import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ANNOTATION_ROTATION_PERIOD,
  ANNOTATION_SECRET_PATH,
} from '@stagecraft/catalog-conventions-common';
import {
  SecretStoreItem,
  SecretStoreItemKind,
  SecretStoreReader,
} from '../types';
import { rotationPeriodDays } from '@stagecraft/plugin-secrets-common';
import { seededHash } from './seededHash';

const DAY_MS = 86_400_000;

const KIND_OF_PROVIDER: Record<string, SecretStoreItemKind> = {
  'aws-secrets-manager': 'secret',
  'aws-ssm-parameter-store': 'parameter',
  'aws-acm': 'certificate',
  'aws-kms': 'key',
};

/** Items no catalog entry names: what a real store usually holds beside those in the catalog. */
const SHADOWS: Record<string, string[]> = {
  'aws-secrets-manager': [
    'shared/ci-deploy-token',
    'payments/legacy-gateway-key',
  ],
  'aws-ssm-parameter-store': ['/prod/search/cluster-admin-password'],
  'aws-acm': ['eu-west-1/old-storefront.example.com'],
  'aws-kms': ['alias/tmp-migration-2023'],
};
const DEFAULT_SHADOWS = ['prod/tooling/orphaned-service-token'];

/**
 * Options of the simulated reader.
 *
 * @public
 */
export interface SimulatedSecretStoreReaderOptions {
  /** The store provider it serves, e.g. `aws-secrets-manager`. */
  provider: string;
  /** The catalog's `secret` entities of a store (those that depend on it). */
  catalogSecrets(store: Entity, signal?: AbortSignal): Promise<Entity[]>;
  /** Changes which secrets drift; the same seed gives the same items. Default `stagecraft`. */
  seed?: string;
  /** The time the item dates are relative to. Default: now. */
  now?: () => Date;
}

/**
 * A clearly labelled stand-in for a real store, for a portal with no store configured:
 * every item says `simulated: true`. Built from the store's catalog secrets with
 * deterministic (seeded) drift: most are present; a large store misses one (a ghost);
 * every store holds a few items no catalog entry names (shadows); about a quarter were
 * last rotated long ago; some are unused; the first certificate expires within two
 * weeks; one Secrets Manager secret is scheduled for deletion.
 *
 * @public
 */
export class SimulatedSecretStoreReader implements SecretStoreReader {
  readonly simulated = true;
  readonly provider: string;
  private readonly options: SimulatedSecretStoreReaderOptions;

  constructor(options: SimulatedSecretStoreReaderOptions) {
    this.provider = options.provider;
    this.options = options;
  }

  async listItems(
    store: Entity,
    signal?: AbortSignal,
  ): Promise<SecretStoreItem[]> {
    signal?.throwIfAborted();
    const seed = `${this.options.seed ?? 'stagecraft'}:${stringifyEntityRef(
      store,
    )}`;
    const now = (this.options.now ?? (() => new Date()))().getTime();
    const ago = (days: number) => new Date(now - days * DAY_MS).toISOString();
    const inDays = (days: number) =>
      new Date(now + days * DAY_MS).toISOString();
    const kind = KIND_OF_PROVIDER[this.provider] ?? 'secret';

    const secrets = (await this.options.catalogSecrets(store, signal))
      .map(secret => ({ secret, ref: stringifyEntityRef(secret) }))
      .sort(
        (a, b) =>
          seededHash(seed, a.ref) - seededHash(seed, b.ref) ||
          a.ref.localeCompare(b.ref),
      );
    // A large store has lost one catalog secret.
    const present = secrets.length >= 7 ? secrets.slice(1) : secrets;

    let certificates = 0;
    const items = present.map(({ secret, ref }, index): SecretStoreItem => {
      const h = seededHash(seed, ref);
      const period = rotationPeriodDays(
        secret.metadata.annotations?.[ANNOTATION_ROTATION_PERIOD],
      );
      const overdue = index % 4 === 1;
      const rotatedDaysAgo = overdue
        ? 400 + (h % 300)
        : Math.max(1, Math.floor((period ?? 90) * ((h % 50) / 100)));
      const item: SecretStoreItem = {
        name:
          secret.metadata.annotations?.[ANNOTATION_SECRET_PATH] ??
          secret.metadata.name,
        id: `simulated:${store.metadata.name}/${secret.metadata.name}`,
        kind,
        createdAt: ago(900 + (h % 400)),
        lastChanged: ago(rotatedDaysAgo),
        lastAccessed: ago(index % 5 === 2 ? 200 + (h % 100) : 1 + (h % 3)),
        simulated: true,
      };
      if (kind === 'secret' || kind === 'key') {
        item.lastRotated = ago(rotatedDaysAgo);
        item.rotationEnabled = period !== undefined && index % 6 !== 3;
        if (item.rotationEnabled) item.rotationPeriodDays = period;
      }
      if (kind === 'certificate') {
        item.expiresAt = inDays(certificates === 0 ? 12 : 200 + (h % 150));
        item.renewalEligible = certificates !== 0;
        certificates++;
      }
      if (this.provider === 'aws-secrets-manager' && index === 2) {
        item.deletedAt = inDays(7);
      }
      return item;
    });

    const prefix = items[0]?.name.match(/^[^/]+\//)?.[0];
    const shadows = (SHADOWS[this.provider] ?? DEFAULT_SHADOWS).map(
      (name, index): SecretStoreItem => ({
        name:
          this.provider === 'aws-secrets-manager' && prefix
            ? `${prefix}${name}`
            : name,
        id: `simulated:${store.metadata.name}/shadow-${index + 1}`,
        kind,
        createdAt: ago(500 + index * 90),
        lastChanged: ago(480 + index * 90),
        lastAccessed: ago(2 + index),
        simulated: true,
      }),
    );
    return [...items, ...shadows];
  }
}

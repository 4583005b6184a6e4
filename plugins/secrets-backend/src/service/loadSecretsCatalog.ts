import { createHash } from 'node:crypto';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  SECRET_STORE_TYPE,
  SECRET_TYPE,
} from '@stagecraft/plugin-secrets-common';
import { refKey } from '@stagecraft/catalog-conventions-common';
import { forEachInSlices } from './sortInSlices';

/** How many entities are keyed by ref per turn of the event loop. */
const REFS_PER_TURN = 5000;

/** What tells one version of an entity from another: the catalog changes both on any change. */
export const VERSION_FIELDS = ['metadata.uid', 'metadata.etag'];

/**
 * What the rules need of every entity: its identity, type and dependencies
 * (and its version, for {@link CatalogFingerprint}).
 */
export const ENTITY_FIELDS = [
  ...VERSION_FIELDS,
  'kind',
  'metadata.name',
  'metadata.namespace',
  'spec.type',
  'spec.dependsOn',
];

/**
 * What the rules and the review rows need of secrets and secret stores, and
 * what the catalog's read rules look at (labels, annotations, owner relations).
 */
export const SECRET_FIELDS = [
  ...ENTITY_FIELDS,
  'metadata.labels',
  'relations',
  'metadata.title',
  'metadata.description',
  'metadata.annotations',
  'metadata.links',
  'spec.owner',
  'spec.system',
  'spec.lifecycle',
];

/**
 * One value for the versions of a set of entities, whatever the order they
 * come in: each entity's uid and etag (which the catalog changes whenever the
 * stitched entity changes) hashed, the hashes combined by XOR, and counted.
 * Undefined when an entity has no uid or etag: then no change can be ruled out.
 */
export class CatalogFingerprint {
  private readonly combined = Buffer.alloc(20);
  private count = 0;
  private complete = true;

  add(entity: Entity): boolean {
    const { uid, etag } = entity.metadata ?? {};
    if (typeof uid !== 'string' || typeof etag !== 'string' || !uid || !etag) {
      this.complete = false;
      return false;
    }
    const digest = createHash('sha1').update(`${uid}\0${etag}`).digest();
    for (let i = 0; i < digest.length; i++) {
      this.combined[i] ^= digest[i];
    }
    this.count += 1;
    return true;
  }

  get value(): string | undefined {
    return this.complete
      ? `${this.count}:${this.combined.toString('hex')}`
      : undefined;
  }
}

async function collect(
  pages: AsyncIterable<Entity[]>,
  fingerprint?: CatalogFingerprint,
): Promise<Entity[]> {
  const entities: Entity[] = [];
  for await (const page of pages) {
    for (const entity of page) {
      entities.push(entity);
      fingerprint?.add(entity);
    }
  }
  return entities;
}

/**
 * The fingerprint of the whole catalog as `credentials` see it, reading only
 * each entity's uid and etag: far cheaper than {@link readSecretsCatalog}, to
 * tell whether the review must be computed again. Stops at the first entity
 * without a version (undefined).
 */
export async function catalogFingerprint(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  pageSize = 1000,
): Promise<string | undefined> {
  const fingerprint = new CatalogFingerprint();
  for await (const page of catalog.streamEntities(
    { fields: VERSION_FIELDS, pageSize },
    { credentials },
  )) {
    for (const entity of page) {
      if (!fingerprint.add(entity)) {
        return undefined;
      }
    }
  }
  return fingerprint.value;
}

/**
 * Reads the parts of the catalog the secret rules look at, in pages: a few
 * fields of every entity, and the fields a review row shows of secrets and
 * stores only; with the fingerprint ({@link catalogFingerprint}) of what was read.
 */
export async function readSecretsCatalog(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  pageSize = 1000,
): Promise<{ entities: Entity[]; fingerprint?: string }> {
  const fingerprint = new CatalogFingerprint();
  const [all, secretsAndStores] = await Promise.all([
    collect(
      catalog.streamEntities(
        { fields: ENTITY_FIELDS, pageSize },
        { credentials },
      ),
      fingerprint,
    ),
    collect(
      catalog.streamEntities(
        {
          filter: {
            kind: 'resource',
            'spec.type': [SECRET_TYPE, SECRET_STORE_TYPE],
          },
          fields: SECRET_FIELDS,
          pageSize,
        },
        { credentials },
      ),
    ),
  ]);
  const byRef = new Map<string, Entity>();
  const read = [...all, ...secretsAndStores];
  await forEachInSlices(read, REFS_PER_TURN, entity =>
    byRef.set(refKey(entity), entity),
  );
  return { entities: [...byRef.values()], fingerprint: fingerprint.value };
}

/** {@link readSecretsCatalog}'s entities. */
export async function loadSecretsCatalog(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  pageSize = 1000,
): Promise<Entity[]> {
  return (await readSecretsCatalog(catalog, credentials, pageSize)).entities;
}

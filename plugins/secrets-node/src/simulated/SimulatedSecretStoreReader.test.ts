import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';
import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { expectMetadataOnly } from '../__testUtils__/stores';
import { SecretStoreItem } from '../types';
import { SimulatedSecretStoreReader } from './SimulatedSecretStoreReader';

const dir = path.resolve(__dirname, '../../../../catalog-info/secrets');
const entities: Entity[] = fs
  .readdirSync(dir)
  .filter(file => file.endsWith('.yaml'))
  .flatMap(file =>
    parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8')).map(
      doc => doc.toJS() as Entity,
    ),
  );
const stores = entities.filter(e => e.spec?.type === 'secret-store');
const secrets = entities.filter(e => e.spec?.type === 'secret');

const secretsOf = async (store: Entity) =>
  secrets.filter(secret =>
    ((secret.spec?.dependsOn as string[]) ?? []).some(
      ref =>
        parseEntityRef(ref, {
          defaultKind: 'resource',
          defaultNamespace: 'default',
        }).name === store.metadata.name,
    ),
  );
const NOW = new Date('2026-03-01T00:00:00Z');
const providerOf = (store: Entity) =>
  store.metadata.annotations!['stagecraft.io/store-provider'];
const DAY = 86_400_000;
const age = (date: string | undefined) =>
  date ? (NOW.getTime() - Date.parse(date)) / DAY : 0;

async function readAll(seed?: string) {
  const byStore = new Map<
    string,
    { items: SecretStoreItem[]; inCatalog: Entity[] }
  >();
  for (const store of stores) {
    const reader = new SimulatedSecretStoreReader({
      provider: providerOf(store),
      catalogSecrets: secretsOf,
      now: () => NOW,
      seed,
    });
    byStore.set(store.metadata.name, {
      items: await reader.listItems(store),
      inCatalog: await secretsOf(store),
    });
  }
  return byStore;
}

describe('SimulatedSecretStoreReader on the example catalog', () => {
  it('is deterministic, labelled and metadata only', async () => {
    const first = await readAll();
    expect(await readAll()).toEqual(first);
    expect(await readAll('other-seed')).not.toEqual(first);
    for (const { items } of first.values()) {
      expect(items.map(item => item.simulated)).toEqual(items.map(() => true));
      expectMetadataOnly(items);
    }
  });

  it('holds realistic drift: most present, a few shadows, one or two ghosts, old rotations, an expiring certificate', async () => {
    const byStore = await readAll();
    let present = 0;
    let inCatalog = 0;
    const ghosts: string[] = [];
    const shadows: string[] = [];
    for (const [store, { items, inCatalog: entries }] of byStore) {
      const paths = entries.map(
        e =>
          e.metadata.annotations?.['stagecraft.io/secret-path'] ??
          e.metadata.name,
      );
      const names = new Set(items.map(i => i.name));
      inCatalog += paths.length;
      present += paths.filter(p => names.has(p)).length;
      ghosts.push(
        ...paths.filter(p => !names.has(p)).map(p => `${store}:${p}`),
      );
      shadows.push(
        ...items.filter(i => !paths.includes(i.name)).map(i => i.name),
      );
    }
    expect(present / inCatalog).toBeGreaterThan(0.9);
    expect(ghosts.length).toBeGreaterThanOrEqual(1);
    expect(ghosts.length).toBeLessThanOrEqual(2);
    expect(shadows.length).toBeGreaterThanOrEqual(stores.length);

    const all = [...byStore.values()].flatMap(s => s.items);
    expect(
      all.filter(i => age(i.lastRotated) > 365).length,
    ).toBeGreaterThanOrEqual(2);
    const expiringSoon = all.filter(
      i => i.expiresAt && -age(i.expiresAt) < 30 && -age(i.expiresAt) > 0,
    );
    expect(expiringSoon.map(i => i.name)).toHaveLength(1);
    expect(all.filter(i => i.deletedAt)).toHaveLength(1);
  });
});

import { mockServices } from '@backstage/backend-test-utils';
import { deferred } from '@internal/stagecraft-test-utils';
import { BlastRadiusIndex } from '@stagecraft/plugin-blast-radius-common';
import { IndexCache } from './IndexCache';

function indexOf(name: string): BlastRadiusIndex {
  return BlastRadiusIndex.fromEntities([
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name },
    },
  ]);
}

describe('IndexCache', () => {
  let time: number;
  let loads: ReturnType<typeof deferred<BlastRadiusIndex>>[];
  let cache: IndexCache;

  beforeEach(() => {
    time = 0;
    loads = [];
    cache = new IndexCache({
      maxAgeMs: 60_000,
      logger: mockServices.logger.mock(),
      now: () => time,
      load: () => {
        const load = deferred<BlastRadiusIndex>();
        loads.push(load);
        return load.promise;
      },
    });
  });

  it('loads once however many requests wait for the first index', async () => {
    const requests = [cache.get(), cache.get(), cache.get()];
    expect(loads).toHaveLength(1);
    loads[0].resolve(indexOf('a'));
    const indexes = await Promise.all(requests);
    expect(new Set(indexes).size).toBe(1);
    expect(indexes[0].findEntity('component:default/a')).toBeDefined();
  });

  it('serves a stale index while one reload runs in the background', async () => {
    const first = cache.get();
    loads[0].resolve(indexOf('a'));
    await first;

    time = 59_999;
    await cache.get();
    expect(loads).toHaveLength(1);

    time = 60_000;
    const stale = await cache.get();
    await cache.get();
    expect(stale.findEntity('component:default/a')).toBeDefined();
    expect(loads).toHaveLength(2);

    loads[1].resolve(indexOf('b'));
    await cache.reload();
    expect((await cache.get()).findEntity('component:default/b')).toBeDefined();
  });

  it('keeps the previous index when a reload fails', async () => {
    const first = cache.get();
    loads[0].resolve(indexOf('a'));
    await first;
    time = 120_000;
    const reload = cache.reload();
    loads[1].reject(new Error('catalog down'));
    expect((await reload).findEntity('component:default/a')).toBeDefined();
  });

  it('answers 503 when the first load fails, and tries again next time', async () => {
    const first = cache.get();
    loads[0].reject(new Error('catalog down'));
    await expect(first).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
    });
    const second = cache.get();
    expect(loads).toHaveLength(2);
    loads[1].resolve(indexOf('a'));
    await expect(second).resolves.toBeDefined();
  });

  it('reloads for a missing entity only when the index is old enough', async () => {
    const first = cache.get();
    loads[0].resolve(indexOf('a'));
    await first;
    time = 4_000;
    await cache.getNoOlderThan(5_000);
    expect(loads).toHaveLength(1);
    time = 5_000;
    const fresh = cache.getNoOlderThan(5_000);
    loads[1].resolve(indexOf('b'));
    expect((await fresh).findEntity('component:default/b')).toBeDefined();
  });

  it('abandons a load that never answers, so the next request starts a new one', async () => {
    let calls = 0;
    const hung = new IndexCache({
      maxAgeMs: 60_000,
      loadTimeoutMs: 50,
      logger: mockServices.logger.mock(),
      load: () => {
        calls += 1;
        return calls === 1
          ? new Promise<BlastRadiusIndex>(() => {})
          : Promise.resolve(indexOf('a'));
      },
    });
    await expect(hung.get()).rejects.toThrow(
      'The blast radius index could not be loaded',
    );
    const index = await hung.get();
    expect(index.findEntity('component:default/a')).toBeDefined();
    expect(calls).toBe(2);
  });
});

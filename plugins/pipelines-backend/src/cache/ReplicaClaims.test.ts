import { CacheManager } from '@backstage/backend-defaults/cache';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ReplicaClaims } from './ReplicaClaims';
import { SharedCache } from './SharedCache';

/** Two replicas' views of one store (each with its own in-process layer). */
function twoReplicas(options = { waitMs: 200, pollMs: 10 }) {
  const store = CacheManager.fromConfig(
    new ConfigReader({ backend: { cache: { store: 'memory' } } }),
  ).forPlugin('pipelines');
  const logger = mockServices.logger.mock();
  const caches = [
    new SharedCache(store, logger),
    new SharedCache(store, logger),
  ];
  return {
    caches,
    claims: caches.map(
      (cache, i) =>
        new ReplicaClaims(cache, { ...options, replicaId: `r${i}` }),
    ),
  };
}

describe('ReplicaClaims', () => {
  it('gives a window claimed by two replicas at once to one of them', async () => {
    const { claims } = twoReplicas();
    const [first, second] = await Promise.all(
      claims.map(c => c.claim('claim:w1', ['a', 'b'])),
    );
    const owners = [first, second].filter(s => s.mine.length === 2);
    const waiters = [first, second].filter(s => s.theirs.length === 2);
    expect(owners).toHaveLength(1);
    expect(waiters).toHaveLength(1);
  });

  it('lets the owner add a later batch, which the other replica then waits for', async () => {
    const { claims } = twoReplicas();
    await claims[0].claim('claim:w1', ['a']);
    const [later, other] = await Promise.all([
      claims[0].claim('claim:w1', ['b']),
      claims[1].claim('claim:w1', ['a', 'b']),
    ]);
    expect(later).toEqual({ mine: ['b'], theirs: [] });
    expect(other).toEqual({ mine: [], theirs: ['a', 'b'] });
  });

  it('fetches keys the owner never names, after a few polls', async () => {
    const { claims } = twoReplicas();
    await claims[0].claim('claim:w1', ['a']);
    expect(await claims[1].claim('claim:w1', ['a', 'c'])).toEqual({
      mine: ['c'],
      theirs: ['a'],
    });
  });

  it("hands the waiting replica the owner's answers and failures", async () => {
    const { caches, claims } = twoReplicas();
    await claims[0].claim('claim:w1', ['a', 'b', 'c']);
    const waiting = claims[1].awaitOthers('claim:w1', ['a', 'b', 'c'], key =>
      caches[1].get<string>(`value:${key}`),
    );
    await caches[0].set('value:a', 'A', 60_000);
    await claims[0].reportFailures('claim:w1', { b: 'AccessDenied' });
    const answers = await waiting;
    expect(answers.found).toEqual(new Map([['a', 'A']]));
    expect(answers.failed).toEqual(new Map([['b', 'AccessDenied']]));
    // Nobody answered c within waitMs: the caller fetches it itself.
    expect(answers.missing).toEqual(['c']);
  });
});

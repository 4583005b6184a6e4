import { randomUUID } from 'crypto';
import { BoundedTtlMap } from '@stagecraft/backend-node';
import { SharedCache } from './SharedCache';

/** What a replica wrote under a claim key: who fetches which keys, and what failed. */
interface Claim {
  owner: string;
  keys: string[];
  /** Keys whose fetch failed, with the error in plain words. */
  errors?: Record<string, string>;
}

export interface ReplicaClaimsOptions {
  /** Waits after writing a claim before reading it back, so a replica claiming at the same moment is seen. */
  settleMs?: number;
  /** How often a waiting replica looks for the owner's answers. */
  pollMs?: number;
  /** A waiting replica stops waiting after this long and fetches by itself (the owner may have died). */
  waitMs?: number;
  /** Polls given to the claim's owner to name keys its claim does not name yet. */
  coverPolls?: number;
  /** Tells replicas apart; random by default. */
  replicaId?: string;
}

/** The keys this replica fetches, and those another replica is already fetching. */
export interface ClaimSplit {
  mine: string[];
  theirs: string[];
}

/** What came of waiting for another replica's fetch. */
export interface AwaitedAnswers<T> {
  found: Map<string, T>;
  failed: Map<string, string>;
  /** Not answered within `waitMs`: the caller fetches these itself. */
  missing: string[];
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/**
 * Request coalescing across replicas sharing a cache (Redis, Valkey, Memcache), on top of
 * each replica's in-process single-flight. Before fetching a set of keys, a replica writes a
 * short-lived claim naming them; a replica finding someone else's claim polls the cache for
 * the owner's answers instead of calling AWS, and falls back to its own call after `waitMs`,
 * so a replica that dies mid-fetch never blocks the others.
 *
 * The cache service has no atomic set-if-absent, so a claim is written, left to settle for
 * `settleMs` and read back: of two replicas claiming at once, the later write wins and the
 * other waits. A replica stalled for longer than `settleMs` between its read and its write
 * can still fetch alongside the owner; that costs a duplicate call, never a wrong answer.
 */
export class ReplicaClaims {
  private readonly settleMs: number;
  private readonly pollMs: number;
  private readonly waitMs: number;
  private readonly replicaId: string;
  private readonly coverPolls: number;
  /** The claims this replica holds, by claim key. */
  private readonly held: BoundedTtlMap<string, Claim>;

  constructor(
    private readonly cache: SharedCache,
    options: ReplicaClaimsOptions = {},
  ) {
    this.settleMs = options.settleMs ?? 15;
    this.pollMs = options.pollMs ?? 25;
    this.waitMs = options.waitMs ?? 5_000;
    this.replicaId = options.replicaId ?? randomUUID();
    this.coverPolls = options.coverPolls ?? 4;
    this.held = new BoundedTtlMap({
      maxEntries: 1_000,
      ttlMs: this.claimTtlMs(),
    });
  }

  private claimTtlMs(): number {
    return this.waitMs + 1_000;
  }

  /**
   * Claims `keys` under `claimKey`, unless another replica already fetches them. A replica
   * holding the claim adds the keys of its later batches to it, so the others wait for them too.
   */
  async claim(claimKey: string, keys: string[]): Promise<ClaimSplit> {
    const held = this.held.get(claimKey);
    if (held) return this.extend(claimKey, held, keys);
    const existing = await this.cache.getShared<Claim>(claimKey);
    if (existing && existing.owner !== this.replicaId) {
      return this.awaitCover(claimKey, existing, keys);
    }
    const mine: Claim = { owner: this.replicaId, keys };
    await this.cache.setShared(claimKey, mine, this.claimTtlMs());
    await sleep(this.settleMs);
    const winner = await this.cache.getShared<Claim>(claimKey);
    if (winner && winner.owner !== this.replicaId) {
      return this.awaitCover(claimKey, winner, keys);
    }
    const again = this.held.get(claimKey);
    return again
      ? this.extend(claimKey, again, keys)
      : this.extend(claimKey, this.hold(claimKey), keys);
  }

  private hold(claimKey: string): Claim {
    const claim: Claim = { owner: this.replicaId, keys: [] };
    this.held.set(claimKey, claim);
    return claim;
  }

  private async extend(
    claimKey: string,
    held: Claim,
    keys: string[],
  ): Promise<ClaimSplit> {
    const known = new Set(held.keys);
    held.keys.push(...keys.filter(k => !known.has(k)));
    await this.cache.setShared(claimKey, held, this.claimTtlMs());
    return { mine: keys, theirs: [] };
  }

  /**
   * Another replica holds the claim. Keys it does not name yet may be in its next batch:
   * give it a few polls to add them, then fetch the rest here.
   */
  private async awaitCover(
    claimKey: string,
    owner: Claim,
    keys: string[],
  ): Promise<ClaimSplit> {
    const covers = (claim: Claim | undefined) =>
      !claim || keys.every(k => claim.keys.includes(k));
    let claim: Claim | undefined = owner;
    for (let poll = 0; poll < this.coverPolls && !covers(claim); poll++) {
      await sleep(this.pollMs);
      claim = await this.cache.getShared<Claim>(claimKey);
    }
    const theirs = new Set(
      claim && claim.owner !== this.replicaId ? claim.keys : [],
    );
    return {
      mine: keys.filter(k => !theirs.has(k)),
      theirs: keys.filter(k => theirs.has(k)),
    };
  }

  /** Tells waiting replicas which of this replica's keys failed, so they do not ask AWS again. */
  async reportFailures(
    claimKey: string,
    errors: Record<string, string>,
  ): Promise<void> {
    const held = this.held.get(claimKey);
    if (!held || Object.keys(errors).length === 0) return;
    held.errors = { ...held.errors, ...errors };
    await this.cache.setShared(claimKey, held, this.claimTtlMs());
  }

  /**
   * Polls for the answers to `keys` another replica is fetching: `read` looks one up in the
   * cache. Returns when every key is answered or failed, or after `waitMs`.
   */
  async awaitOthers<T>(
    claimKey: string,
    keys: string[],
    read: (key: string) => Promise<T | undefined>,
  ): Promise<AwaitedAnswers<T>> {
    const found = new Map<string, T>();
    const failed = new Map<string, string>();
    // Counted in polls, not read from a clock: tests and benchmarks move their clocks.
    let polls = Math.ceil(this.waitMs / this.pollMs);
    let pending = keys;
    while (pending.length > 0 && polls-- > 0) {
      await sleep(this.pollMs);
      const [claim, answers] = await Promise.all([
        this.cache.getShared<Claim>(claimKey),
        Promise.all(pending.map(read)),
      ]);
      pending.forEach((key, i) => {
        const answer = answers[i];
        const error = claim?.errors?.[key];
        if (answer !== undefined) found.set(key, answer);
        else if (error !== undefined) failed.set(key, error);
      });
      pending = pending.filter(k => !found.has(k) && !failed.has(k));
      // The claim expired or was taken over without an answer: stop waiting.
      if (!claim || claim.owner === this.replicaId) break;
    }
    return { found, failed, missing: pending };
  }
}

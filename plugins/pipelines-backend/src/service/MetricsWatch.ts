import { CompoundEntityRef } from '@backstage/catalog-model';
import { refKey } from '@stagecraft/catalog-conventions-common';
import {
  METRICS_SAFETY_POLL_MS,
  TimeRange,
  metricWindow,
} from '@stagecraft/plugin-pipelines-common';
import { Clock } from '../metrics/types';

/** Which route a page keeps open: a pipeline's flow, or a stage's metrics. */
export type WatchedFacet = 'pipeline' | 'metrics';

/** A view someone has open, and who. */
export interface WatchedView {
  facet: WatchedFacet;
  ref: CompoundEntityRef;
  range: TimeRange;
  /** Users who loaded it within the watch's lifetime. */
  users: string[];
}

interface Entry {
  view: Omit<WatchedView, 'users'>;
  users: Map<string, number>;
  /** The end of the last window published for it. */
  publishedEnd?: number;
}

export interface MetricsWatchOptions {
  clock?: Clock;
  /** A view nobody has loaded for this long is no longer refreshed (default: the pages' safety poll and 5 min). */
  ttlMs?: number;
  /** Views followed at most; the least recently loaded go first (default 2,000). */
  maxViews?: number;
}

/**
 * The metric views users have open, learnt from their requests: a page loads its view again
 * on each signal (and after `METRICS_SAFETY_POLL_MS` without one), which keeps it watched.
 */
export class MetricsWatch {
  private readonly entries = new Map<string, Entry>();
  private readonly clock: Clock;
  private readonly ttlMs: number;
  private readonly maxViews: number;

  constructor(options: MetricsWatchOptions = {}) {
    this.clock = options.clock ?? Date.now;
    this.ttlMs = options.ttlMs ?? METRICS_SAFETY_POLL_MS + 5 * 60_000;
    this.maxViews = options.maxViews ?? 2_000;
  }

  /** A user loaded a view. */
  viewed(
    facet: WatchedFacet,
    ref: CompoundEntityRef,
    range: TimeRange,
    userEntityRef: string,
  ): void {
    const key = `${facet}|${refKey(ref)}|${range}`;
    const now = this.clock();
    const entry = this.entries.get(key) ?? {
      view: { facet, ref, range },
      users: new Map<string, number>(),
      // The user has just been given this window.
      publishedEnd: metricWindow(range, now).end,
    };
    entry.users.set(userEntityRef, now);
    // Most recently loaded last, so the oldest go first when there are too many.
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxViews) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** Watched views whose current metric window has not been published yet. */
  due(): Array<WatchedView & { windowEnd: number; key: string }> {
    const now = this.clock();
    const due: Array<WatchedView & { windowEnd: number; key: string }> = [];
    for (const [key, entry] of this.entries) {
      for (const [user, seenAt] of entry.users) {
        if (now - seenAt > this.ttlMs) entry.users.delete(user);
      }
      if (entry.users.size === 0) {
        this.entries.delete(key);
        continue;
      }
      const windowEnd = metricWindow(entry.view.range, now).end;
      if (entry.publishedEnd === undefined || windowEnd > entry.publishedEnd) {
        due.push({
          ...entry.view,
          users: [...entry.users.keys()],
          windowEnd,
          key,
        });
      }
    }
    return due;
  }

  /** The view's window ending at `windowEnd` has been fetched and announced. */
  published(key: string, windowEnd: number): void {
    const entry = this.entries.get(key);
    if (entry) entry.publishedEnd = windowEnd;
  }
}

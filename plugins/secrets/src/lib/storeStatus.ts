import type { StoreDrift } from '@stagecraft/plugin-secrets-common';

/** A timestamp as the reader's locale writes it; the text as it is when it is not a date. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/**
 * A store's status in words. An unreadable store says when it was last read and why it
 * cannot be read now: its findings are that last good run's, not "everything is missing".
 */
export function storeStatusText(
  store: Pick<StoreDrift, 'status' | 'lastGoodAt' | 'problem'>,
): string {
  if (store.status === 'ok') {
    return 'OK';
  }
  const lastGood = store.lastGoodAt
    ? `last good at ${formatTime(store.lastGoodAt)}`
    : 'never read';
  return `Unknown, ${lastGood}${store.problem ? `: ${store.problem}` : ''}`;
}

/** "412 of 430 items in the catalog", or undefined when the store did not say. */
export function coverageText(
  store: Pick<StoreDrift, 'items' | 'itemsInCatalog'>,
): string | undefined {
  if (store.items === undefined || store.itemsInCatalog === undefined) {
    return undefined;
  }
  return `${store.itemsInCatalog.toLocaleString(
    'en-US',
  )} of ${store.items.toLocaleString('en-US')} items in the catalog`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** "in 12 days", "today", "3 days ago": how far `iso` is from `now`, in whole days. */
export function relativeDays(iso: string, now: Date = new Date()): string {
  const days = Math.round((new Date(iso).getTime() - now.getTime()) / DAY_MS);
  if (Number.isNaN(days)) return '';
  if (days === 0) return 'today';
  const n = Math.abs(days);
  const unit = n === 1 ? 'day' : 'days';
  return days > 0 ? `in ${n} ${unit}` : `${n} ${unit} ago`;
}

/** Whether `iso` is before `now`. */
export const isPast = (iso: string, now: Date = new Date()) =>
  new Date(iso).getTime() < now.getTime();

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

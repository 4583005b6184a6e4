import { findSecretValues } from '@stagecraft/plugin-secrets-common';

/** An SDK date as an ISO string. */
export function isoDate(date: Date | string | undefined): string | undefined {
  if (date === undefined) return undefined;
  const parsed = date instanceof Date ? date : new Date(date);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}

/**
 * A store's tags as a record, without the tags whose key or value looks like secret
 * material (a tag is free text: someone may have put a token in one).
 */
export function safeTags(
  tags: ReadonlyArray<{ Key?: string; Value?: string }> | undefined,
): Record<string, string> | undefined {
  if (!tags?.length) return undefined;
  const result: Record<string, string> = {};
  for (const { Key, Value } of tags) {
    if (!Key) continue;
    const value = Value ?? '';
    if (findSecretValues({ tags: { [Key]: value } }).length > 0) continue;
    result[Key] = value;
  }
  return Object.keys(result).length ? result : undefined;
}

/** Drops undefined fields so that an item holds only what the store said. */
export function compact<T extends object>(item: T): T {
  return Object.fromEntries(
    Object.entries(item).filter(([, value]) => value !== undefined),
  ) as T;
}

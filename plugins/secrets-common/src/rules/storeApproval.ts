import { Entity } from '@backstage/catalog-model';
import {
  DEFAULT_STORE_PROVIDER_PATTERNS,
  DEFAULT_UNSAFE_STORE_PATTERNS,
} from '../config/defaults';
import { ANNOTATION_STORE_PROVIDER } from '@stagecraft/catalog-conventions-common';
import { SecretsRulesConfig } from '../types';
import { firstMatchingPattern } from './storePatterns';
import { refKey } from './refs';

/** Where a store's provider was read from. */
export type ProviderSource = 'annotation' | 'name' | 'title';

/**
 * Whether secrets may be kept in a store:
 * - `approved`: listed in `approvedStores`, matching `approvedStoreNamePatterns`,
 *   or of an approved provider (annotated or inferred);
 * - `unsafe`: its name, title or provider names a known-unsafe place;
 * - `not-approved`: its provider is known and not approved;
 * - `unknown`: its provider cannot be determined.
 */
export type StoreApproval =
  | {
      verdict: 'approved';
      because: 'store-ref' | 'name-pattern' | 'provider';
      provider?: string;
      providerSource?: ProviderSource;
    }
  | {
      verdict: 'unsafe';
      pattern: string;
      /** The store's name, title or provider that matched. */
      matched: string;
      where: ProviderSource;
      provider?: string;
      providerSource?: ProviderSource;
    }
  | {
      verdict: 'not-approved';
      provider: string;
      providerSource: ProviderSource;
    }
  | { verdict: 'unknown' };

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : undefined;
}

function sameProvider(a: string, b: string): boolean {
  return a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');
}

/** The provider whose patterns match `value`, in the configured order. */
function inferProvider(
  value: string | undefined,
  patterns: Record<string, readonly string[]>,
): string | undefined {
  return Object.entries(patterns).find(
    ([, list]) => firstMatchingPattern(list, value) !== undefined,
  )?.[0];
}

function providerOf(
  store: Entity,
  config: SecretsRulesConfig,
): { provider: string; providerSource: ProviderSource } | undefined {
  const annotated = text(
    store.metadata.annotations?.[ANNOTATION_STORE_PROVIDER],
  );
  if (annotated) {
    return { provider: annotated, providerSource: 'annotation' };
  }
  const patterns =
    config.storeProviderPatterns ?? DEFAULT_STORE_PROVIDER_PATTERNS;
  for (const source of ['name', 'title'] as const) {
    const provider = inferProvider(text(store.metadata[source]), patterns);
    if (provider) {
      return { provider, providerSource: source };
    }
  }
  return undefined;
}

function unsafePlace(
  store: Entity,
  config: SecretsRulesConfig,
  found: { provider: string; providerSource: ProviderSource } | undefined,
): Omit<Extract<StoreApproval, { verdict: 'unsafe' }>, 'verdict'> | undefined {
  const patterns = config.unsafeStorePatterns ?? DEFAULT_UNSAFE_STORE_PATTERNS;
  const candidates: [ProviderSource, string | undefined][] =
    found?.providerSource === 'annotation'
      ? // An annotated provider is the store's own word for what it is.
        [['annotation', found.provider]]
      : [
          ['name', text(store.metadata.name)],
          ['title', text(store.metadata.title)],
        ];
  for (const [where, value] of candidates) {
    const pattern = firstMatchingPattern(patterns, value);
    if (pattern && value) {
      return { pattern, matched: value, where, ...found };
    }
  }
  return undefined;
}

function refKeyOf(ref: string): string {
  return ref.trim().toLocaleLowerCase('en-US');
}

/**
 * Judges a secret store under `config`. An explicit `approvedStores` entry
 * wins. Then a known-unsafe place is unsafe (judged on the annotated
 * provider when there is one, else on the name and title), a name matching
 * `approvedStoreNamePatterns` is approved, and the provider (annotated, else
 * inferred from the name or title) decides.
 */
export function judgeStore(
  store: Entity,
  config: SecretsRulesConfig,
): StoreApproval {
  const found = providerOf(store, config);
  const approvedRefs = new Set((config.approvedStores ?? []).map(refKeyOf));
  if (approvedRefs.has(refKey(store))) {
    return { verdict: 'approved', because: 'store-ref', ...found };
  }
  const unsafe = unsafePlace(store, config, found);
  if (unsafe) {
    return { verdict: 'unsafe', ...unsafe };
  }
  if (
    firstMatchingPattern(
      config.approvedStoreNamePatterns ?? [],
      text(store.metadata.name),
    )
  ) {
    return { verdict: 'approved', because: 'name-pattern', ...found };
  }
  if (!found) {
    return { verdict: 'unknown' };
  }
  return config.approvedStoreProviders.some(p =>
    sameProvider(p, found.provider),
  )
    ? { verdict: 'approved', because: 'provider', ...found }
    : { verdict: 'not-approved', ...found };
}

import {
  isOrphanedSecret,
  NO_STORE_KEY,
  SecretReviewItem,
} from '@stagecraft/plugin-secrets-common';

/** Value of the owner, system and store filters for "not set". */
export const NONE = NO_STORE_KEY;

export const STATUS_FILTERS = [
  'non-compliant',
  'compliant',
  'warnings',
  'orphaned',
  'no-remediation-docs',
] as const;

export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const STATUS_FILTER_LABELS: Record<StatusFilter, string> = {
  'non-compliant': 'Non-compliant',
  compliant: 'Compliant',
  warnings: 'With warnings',
  orphaned: 'Orphaned',
  'no-remediation-docs': 'No remediation docs',
};

/** The page's filters; an unset field does not filter. */
export type SecretsFilters = {
  /** Store entity ref, or `NONE`. */
  store?: string;
  /** Owner entity ref, or `NONE`. */
  owner?: string;
  /** System entity ref, or `NONE`. */
  system?: string;
  status?: StatusFilter;
  /** Free text; every word must appear somewhere in the row. */
  search?: string;
};

/** A row with its lower-cased search text, built once per response. */
export type SearchableSecret = {
  item: SecretReviewItem;
  text: string;
};

export function toSearchable(
  items: readonly SecretReviewItem[],
): SearchableSecret[] {
  return items.map(item => ({
    item,
    text: [
      item.entityRef,
      item.title,
      item.description,
      item.secretKind,
      item.secretPath,
      item.owner,
      item.system,
      item.lifecycle,
      item.store?.entityRef,
      item.store?.title,
      item.store?.provider,
      ...item.compliance.findings.map(f => f.message),
    ]
      .filter(Boolean)
      .join('\n')
      .toLocaleLowerCase('en-US'),
  }));
}

function matchesStatus(item: SecretReviewItem, status: StatusFilter): boolean {
  switch (status) {
    case 'non-compliant':
      return !item.compliance.compliant;
    case 'compliant':
      return item.compliance.compliant;
    case 'warnings':
      return item.compliance.findings.some(f => f.severity === 'warning');
    case 'orphaned':
      return isOrphanedSecret(item);
    case 'no-remediation-docs':
      return item.remediationLinks.length === 0;
    default:
      return true;
  }
}

const matchesRef = (value: string | undefined, filter: string | undefined) =>
  filter === undefined || (value ?? NONE) === filter;

export function filterSecrets(
  rows: readonly SearchableSecret[],
  filters: SecretsFilters,
): SecretReviewItem[] {
  const words = (filters.search ?? '')
    .toLocaleLowerCase('en-US')
    .split(/\s+/)
    .filter(Boolean);
  const result: SecretReviewItem[] = [];
  for (const { item, text } of rows) {
    if (
      matchesRef(item.store?.entityRef, filters.store) &&
      matchesRef(item.owner, filters.owner) &&
      matchesRef(item.system, filters.system) &&
      (!filters.status || matchesStatus(item, filters.status)) &&
      words.every(word => text.includes(word))
    ) {
      result.push(item);
    }
  }
  return result;
}

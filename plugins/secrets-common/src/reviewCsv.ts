import {
  type CsvValue,
  LINK_TYPE_INCIDENT_RESPONSE,
  LINK_TYPE_ROTATION_GUIDE,
  toCsv,
} from '@stagecraft/catalog-conventions-common';
import type { SecretReviewItem } from './review';

/** One column of the Secrets review CSV export. */
export type SecretsCsvColumn = {
  header: string;
  value: (item: SecretReviewItem) => CsvValue;
};

const linksOfType = (item: SecretReviewItem, type: string) =>
  item.remediationLinks
    .filter(link => link.type === type)
    .map(link => link.url)
    .join(' ');

const findings = (item: SecretReviewItem, severity: 'error' | 'warning') =>
  item.compliance.findings.filter(finding => finding.severity === severity);

/**
 * Columns of the CSV export, shared by the backend's `export.csv` route and the
 * page's export of its filtered rows so both files read the same.
 */
export const SECRETS_CSV_COLUMNS: readonly SecretsCsvColumn[] = [
  { header: 'entityRef', value: i => i.entityRef },
  { header: 'name', value: i => i.name },
  { header: 'title', value: i => i.title },
  { header: 'secretKind', value: i => i.secretKind },
  { header: 'secretPath', value: i => i.secretPath },
  { header: 'rotationPeriod', value: i => i.rotationPeriod },
  { header: 'lifecycle', value: i => i.lifecycle },
  { header: 'owner', value: i => i.owner },
  { header: 'system', value: i => i.system },
  { header: 'store', value: i => i.store?.entityRef },
  { header: 'storeProvider', value: i => i.store?.provider },
  { header: 'storeApproved', value: i => (i.store ? i.store.approved : '') },
  { header: 'dependentsCount', value: i => i.dependents.length },
  { header: 'dependents', value: i => i.dependents.join(' ') },
  {
    header: 'rotationGuide',
    value: i => linksOfType(i, LINK_TYPE_ROTATION_GUIDE),
  },
  {
    header: 'incidentResponse',
    value: i => linksOfType(i, LINK_TYPE_INCIDENT_RESPONSE),
  },
  { header: 'compliant', value: i => i.compliance.compliant },
  { header: 'errors', value: i => findings(i, 'error').length },
  { header: 'warnings', value: i => findings(i, 'warning').length },
  {
    header: 'findings',
    value: i =>
      i.compliance.findings
        .map(f => `[${f.severity}] ${f.ruleId}: ${f.message}`)
        .join(' | '),
  },
];

/** The CSV export of review rows: a header line, one line per secret, CRLF line ends. */
export function secretsToCsv(items: readonly SecretReviewItem[]): string {
  return toCsv([
    SECRETS_CSV_COLUMNS.map(c => c.header),
    ...items.map(item => SECRETS_CSV_COLUMNS.map(c => c.value(item))),
  ]);
}

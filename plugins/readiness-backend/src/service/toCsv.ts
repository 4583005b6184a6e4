import { toCsv as writeCsv } from '@stagecraft/catalog-conventions-common';
import {
  CheckResult,
  EntityReadiness,
  RESULT_COLUMNS,
} from '@stagecraft/plugin-readiness-common';
import { countsAsPassing } from './summarizeResults';

/** `runbook: until 2026-12-20, approved by user:default/lead: <reason>` for an exempt check. */
export function exemptionCell(
  check: Pick<CheckResult, 'checkId' | 'exemption'>,
) {
  const { exemption } = check;
  if (!exemption) return undefined;
  const by = exemption.approvedBy
    ? `, approved by ${exemption.approvedBy}`
    : '';
  return `${check.checkId}: until ${exemption.expiresAt.slice(0, 10)}${by}: ${
    exemption.reason
  }`;
}

const headerOf = (checkIds: string[]) => [
  'entity_ref',
  'title',
  ...RESULT_COLUMNS,
  ...checkIds,
  'to_fix',
  'exemptions',
  'evaluated_at',
];

function rowOf(result: EntityReadiness, checkIds: string[]) {
  const byId = new Map(result.checks.map(check => [check.checkId, check]));
  const toFix = [
    ...(result.error ? [result.error] : []),
    ...result.checks
      .filter(check => !countsAsPassing(check))
      .map(check => `${check.checkId}: ${check.reason}`),
  ].join(' | ');
  const exemptions = result.checks
    .flatMap(check => exemptionCell(check) ?? [])
    .join(' | ');
  return [
    result.entityRef,
    result.title,
    ...RESULT_COLUMNS.map(column => result[column]),
    ...checkIds.map(id => byId.get(id)?.status),
    toFix,
    exemptions,
    result.evaluatedAt,
  ];
}

/**
 * One row per entity: where it sits, its score and status, one column per
 * check (pass, fail, error, exempt or empty when it does not apply), what to fix, and
 * the exemptions that let checks off (until when, who approved, why).
 */
export function toCsv(results: EntityReadiness[], checkIds: string[]): string {
  return writeCsv([
    headerOf(checkIds),
    ...results.map(result => rowOf(result, checkIds)),
  ]);
}

/**
 * The CSV of `toCsv` written from results read a part at a time, so that only one part's
 * full results are held at once.
 */
export async function toCsvInParts(
  parts: AsyncIterable<EntityReadiness[]>,
  checkIds: string[],
): Promise<string> {
  const lines = [writeCsv([headerOf(checkIds)])];
  for await (const results of parts) {
    lines.push(writeCsv(results.map(result => rowOf(result, checkIds))));
  }
  return lines.join('');
}

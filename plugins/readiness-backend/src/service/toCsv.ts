import { toCsv as writeCsv } from '@stagecraft/catalog-conventions-common';
import {
  CheckResult,
  EntityReadiness,
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

/**
 * One row per entity: where it sits, its score and status, one column per
 * check (pass, fail, error, exempt or empty when it does not apply), what to fix, and
 * the exemptions that let checks off (until when, who approved, why).
 */
export function toCsv(results: EntityReadiness[], checkIds: string[]): string {
  const header = [
    'entity_ref',
    'title',
    'kind',
    'type',
    'lifecycle',
    'owner',
    'system',
    'domain',
    'status',
    'score',
    ...checkIds,
    'to_fix',
    'exemptions',
    'evaluated_at',
  ];
  const rows = results.map(result => {
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
      result.kind,
      result.type,
      result.lifecycle,
      result.owner,
      result.system,
      result.domain,
      result.status,
      result.score,
      ...checkIds.map(id => byId.get(id)?.status),
      toFix,
      exemptions,
      result.evaluatedAt,
    ];
  });
  return writeCsv([header, ...rows]);
}

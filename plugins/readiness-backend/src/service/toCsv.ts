import { toCsv as writeCsv } from '@stagecraft/catalog-conventions-common';
import { EntityReadiness } from '@stagecraft/plugin-readiness-common';

/**
 * One row per entity: where it sits, its score and status, one column per
 * check (pass, fail, error or empty when it does not apply), and what to fix.
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
    'evaluated_at',
  ];
  const rows = results.map(result => {
    const byId = new Map(result.checks.map(check => [check.checkId, check]));
    const toFix = [
      ...(result.error ? [result.error] : []),
      ...result.checks
        .filter(check => check.status !== 'pass')
        .map(check => `${check.checkId}: ${check.reason}`),
    ].join(' | ');
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
      result.evaluatedAt,
    ];
  });
  return writeCsv([header, ...rows]);
}

import { toCsv } from '@stagecraft/catalog-conventions-common';
import { CampaignProgress } from '@stagecraft/plugin-readiness-common';
import { exemptionCell } from '../service/toCsv';

/**
 * One row per entity in the campaign: where it sits, whether it is done, one column per
 * required check (pass, fail, error, exempt, pending or not-applicable), what it still owes
 * with the fix of each failing check, and the exemptions that let checks off.
 */
export function campaignCsv(progress: CampaignProgress): string {
  const checkIds = progress.campaign.requiredChecks;
  const header = [
    'entity_ref',
    'title',
    'owner',
    'system',
    'status',
    ...checkIds,
    'still_owes',
    'exemptions',
  ];
  const rows = progress.entities.map(entity => {
    const byId = new Map(entity.checks.map(check => [check.checkId, check]));
    const owes = entity.checks
      .filter(check => check.status === 'fail')
      .map(check =>
        [`${check.checkId}: ${check.reason}`, check.fix && `Fix: ${check.fix}`]
          .filter(Boolean)
          .join(' '),
      );
    return [
      entity.entityRef,
      entity.title ?? '',
      entity.owner ?? '',
      entity.system ?? '',
      entity.status,
      ...checkIds.map(id => byId.get(id)?.status ?? ''),
      owes.join(' | '),
      entity.checks.flatMap(check => exemptionCell(check) ?? []).join(' | '),
    ];
  });
  return toCsv([header, ...rows]);
}

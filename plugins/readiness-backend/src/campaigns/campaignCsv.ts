import { toCsv } from '@stagecraft/catalog-conventions-common';
import { CampaignProgress } from '@stagecraft/plugin-readiness-common';

/**
 * One row per entity in the campaign: where it sits, whether it is done, one column per
 * required check (pass, fail, error, pending or not-applicable) and what it still owes
 * with the fix of each failing check.
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
    ];
  });
  return toCsv([header, ...rows]);
}

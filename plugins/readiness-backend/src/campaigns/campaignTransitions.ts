import { ObservedState } from '@stagecraft/backend-node';
import {
  CampaignEntityProgress,
  CampaignProgress,
  READINESS_CAMPAIGN_TOPIC,
} from '@stagecraft/plugin-readiness-common';

/** The campaign page in the portal, the notifications' link. */
export const campaignPagePath = (id: string) =>
  `/readiness/campaigns/${encodeURIComponent(id)}`;

const DAY_MS = 86_400_000;

/** Whole days from the start of `now`'s UTC day to the deadline day; 0 on the deadline. */
export function daysToDeadline(deadline: string, now: Date): number {
  const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - today) / DAY_MS);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `2 entities of yours still fail: Cart (Load test); Pay (Runbook).` */
function owingSentence(owing: CampaignEntityProgress[]): string {
  const verb = owing.length === 1 ? 'fails' : 'fail';
  return `${plural(owing.length, 'entity')} of yours still ${verb}: ${owedBy(
    owing,
  )}.`;
}

function owedBy(entities: CampaignEntityProgress[]): string {
  return entities
    .slice(0, 5)
    .map(entity => {
      const failing = entity.checks
        .filter(check => check.status === 'fail')
        .map(check => check.title);
      return `${entity.title ?? entity.entityRef} (${failing.join(', ')})`;
    })
    .concat(entities.length > 5 ? [`and ${entities.length - 5} more`] : [])
    .join('; ');
}

/**
 * What each owner in a running campaign is told, for the transition tracker, one key per
 * campaign and owner for the start and one for reminders:
 * - `started` when the campaign starts (sent once, whether or not they owe anything);
 * - `due-in-<d>-days` when the deadline is `d` or fewer days away for the first reminder day
 *   `d` of `reminderDays`, while they still own a failing entity; `on-track` once they own
 *   none (which tells them they are done if they were reminded).
 * Owners of a campaign that is upcoming or ended are told nothing.
 */
export function campaignTransitionStates(
  progress: CampaignProgress,
  now: Date,
  reminderDays: number[],
): ObservedState[] {
  if (progress.phase !== 'active') return [];
  const { campaign } = progress;
  const byOwner = new Map<string, CampaignEntityProgress[]>();
  for (const entity of progress.entities) {
    if (!entity.owner) continue;
    byOwner.set(entity.owner, [...(byOwner.get(entity.owner) ?? []), entity]);
  }
  const left = daysToDeadline(campaign.deadline, now);
  const reminder = [...reminderDays].sort((a, b) => a - b).find(d => left <= d);
  const link = campaignPagePath(campaign.id);
  const states: ObservedState[] = [];
  for (const [owner, entities] of byOwner) {
    const owing = entities.filter(entity => entity.status === 'owes');
    states.push({
      key: `readiness:campaign:${campaign.id}:start:${owner}`,
      entityRef: owner,
      ownerRef: owner,
      state: 'started',
      // Not a good state, so the first sighting is told.
      healthy: false,
      severity: 'normal',
      topic: READINESS_CAMPAIGN_TOPIC,
      title: `Readiness campaign "${campaign.name}" has started: due ${campaign.deadline}`,
      description: owing.length
        ? owingSentence(owing)
        : `All ${plural(
            entities.length,
            'entity',
          )} of yours in it pass already.`,
      link,
    });
    const due = owing.length > 0 && reminder !== undefined;
    states.push({
      key: `readiness:campaign:${campaign.id}:reminder:${owner}`,
      entityRef: owner,
      ownerRef: owner,
      state: due ? `due-in-${reminder}-days` : 'on-track',
      healthy: !due,
      severity: due ? 'high' : 'low',
      topic: READINESS_CAMPAIGN_TOPIC,
      title: due
        ? `Readiness campaign "${campaign.name}" is due ${
            left === 0 ? 'today' : `in ${plural(left, 'day')}`
          } (${campaign.deadline})`
        : `Readiness campaign "${campaign.name}": everything of yours passes`,
      description: due
        ? owingSentence(owing)
        : `All ${plural(entities.length, 'entity')} of yours in it pass.`,
      link,
    });
  }
  return states;
}

import { Entity } from '@backstage/catalog-model';
import {
  CatalogView,
  entityRefOf,
} from '@stagecraft/catalog-conventions-common';
import { BUILT_IN_CHECKS } from '../checks/builtInChecks';
import { EVIDENCE_CHECK_IDS } from '../checks/evidenceChecks';
import { placementOf } from '../evaluate/evaluateEntity';
import { daysSince } from '../runbooks/lastReviewed';
import {
  CheckDefinition,
  CheckResult,
  EntityReadiness,
  ReadinessRulesConfig,
} from '../types';
import {
  Campaign,
  CampaignCheckOutcome,
  CampaignEntityProgress,
} from './types';

/** What judging a campaign's entities reads besides the entities. */
export type CampaignInputs = {
  catalog: CatalogView;
  config: ReadinessRulesConfig;
  /** The latest stored result of an entity, by the entity's ref. */
  resultOf(entityRef: string): EntityReadiness | undefined;
  now: Date;
};

const startOf = (day: string) => new Date(`${day}T00:00:00Z`);
const endOf = (day: string) => new Date(`${day}T23:59:59.999Z`);

/** The campaign's window for evidence checks: its start date to the end of its deadline. */
export function campaignWindow(campaign: Campaign) {
  return { from: startOf(campaign.startDate), to: endOf(campaign.deadline) };
}

function definitionOf(
  checkId: string,
  config: ReadinessRulesConfig,
): CheckDefinition {
  return (
    config.checks.find(d => d.id === checkId) ?? {
      id: checkId,
      title: checkId,
      description: '',
      appliesTo: [],
      severity: 'error',
    }
  );
}

function fromResult(
  check: CheckResult,
  definition: CheckDefinition,
): CampaignCheckOutcome {
  return {
    checkId: definition.id,
    title: check.title,
    status: check.status,
    reason: check.reason,
    ...(check.fix ? { fix: check.fix } : {}),
    ...(check.fixUrl ? { fixUrl: check.fixUrl } : {}),
  };
}

/** `runbook-reviewed` as a campaign asks it: a recorded review within its number of days. */
function runbookReviewedWithin(
  outcome: CampaignCheckOutcome,
  check: CheckResult | undefined,
  days: number,
  now: Date,
): CampaignCheckOutcome {
  if (outcome.status !== 'pass') return outcome;
  const lastReviewed = check?.details?.lastReviewed;
  if (typeof lastReviewed !== 'string') {
    return {
      ...outcome,
      status: 'fail',
      reason: `No recorded review date: the campaign asks for a runbook reviewed within ${days} days (${outcome.reason})`,
      fix: 'Link a runbook kept in the portal (TechDocs) and set last_reviewed in its front matter.',
    };
  }
  const age = daysSince(lastReviewed, now);
  if (age <= days) return outcome;
  return {
    ...outcome,
    status: 'fail',
    reason: `Runbook last reviewed on ${lastReviewed}, ${age} days ago; the campaign asks for ${days} days.`,
    fix: `Review the runbook with whoever is paged, then set last_reviewed: ${now
      .toISOString()
      .slice(0, 10)} in its front matter.`,
  };
}

function outcomeOf(
  entity: Entity,
  result: EntityReadiness | undefined,
  checkId: string,
  campaign: Campaign,
  inputs: CampaignInputs,
): CampaignCheckOutcome {
  const definition = definitionOf(checkId, inputs.config);
  const base = { checkId, title: definition.title };
  if (EVIDENCE_CHECK_IDS.includes(checkId)) {
    const outcome = BUILT_IN_CHECKS.find(c => c.id === checkId)!.evaluate(
      entity,
      {
        catalog: inputs.catalog,
        config: inputs.config,
        definition,
        now: inputs.now,
        window: campaignWindow(campaign),
      },
    );
    return {
      ...base,
      status: outcome.status,
      reason: outcome.reason,
      ...(outcome.fix ? { fix: outcome.fix } : {}),
      ...(definition.fixUrl ? { fixUrl: definition.fixUrl } : {}),
    };
  }
  if (!result) {
    return { ...base, status: 'pending', reason: 'Not evaluated yet.' };
  }
  if (result.error) {
    return { ...base, status: 'error', reason: result.error };
  }
  const check = result.checks.find(c => c.checkId === checkId);
  const outcome: CampaignCheckOutcome = check
    ? fromResult(check, definition)
    : {
        ...base,
        status: 'not-applicable',
        reason: 'The check does not apply to this entity.',
      };
  if (checkId === 'runbook-reviewed' && campaign.runbookReviewedWithinDays) {
    return runbookReviewedWithin(
      outcome,
      check,
      campaign.runbookReviewedWithinDays,
      inputs.now,
    );
  }
  return outcome;
}

function statusOf(
  checks: CampaignCheckOutcome[],
): CampaignEntityProgress['status'] {
  if (checks.some(c => c.status === 'fail')) return 'owes';
  if (checks.some(c => c.status === 'error' || c.status === 'pending'))
    return 'unknown';
  return 'done';
}

/** Each entity's outcome on every check the campaign requires, with the fix of what fails. */
export function campaignOutcomes(
  campaign: Campaign,
  entities: Entity[],
  inputs: CampaignInputs,
): CampaignEntityProgress[] {
  return entities.map(entity => {
    const entityRef = entityRefOf(entity);
    const result = inputs.resultOf(entityRef);
    const checks = campaign.requiredChecks.map(checkId =>
      outcomeOf(entity, result, checkId, campaign, inputs),
    );
    const title = entity.metadata?.title;
    const { owner, system } = placementOf(entity, inputs.catalog);
    return {
      entityRef,
      ...(typeof title === 'string' && title ? { title } : {}),
      ...(owner ? { owner } : {}),
      ...(system ? { system } : {}),
      status: statusOf(checks),
      checks,
    };
  });
}

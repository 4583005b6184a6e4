import { Entity } from '@backstage/catalog-model';
import {
  CatalogView,
  entityRefOf,
} from '@stagecraft/catalog-conventions-common';
import { BUILT_IN_CHECKS } from '../checks/builtInChecks';
import { EVIDENCE_CHECK_IDS } from '../checks/evidenceChecks';
import { placementOf } from '../evaluate/evaluateEntity';
import {
  activeExemptionIndex,
  appliedExemption,
} from '../exemptions/activeExemption';
import { Exemption } from '../exemptions/types';
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
  /** Exemptions to apply (approved and unexpired at `now` count); none when absent. */
  exemptions?: readonly Exemption[];
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
    ...(check.exemption ? { exemption: check.exemption } : {}),
  };
}

/** A failed or errored outcome an approved exemption lets off becomes `exempt`. */
function exempted(
  outcome: CampaignCheckOutcome,
  exemption: Exemption | undefined,
): CampaignCheckOutcome {
  if (!exemption) return outcome;
  if (outcome.status !== 'fail' && outcome.status !== 'error') return outcome;
  return {
    ...outcome,
    status: 'exempt',
    exemption: appliedExemption(exemption, outcome.status),
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

/**
 * Each entity's outcome on every check the campaign requires, with the fix of what fails; a
 * failure an approved exemption lets off is `exempt` and counts as done.
 */
export function campaignOutcomes(
  campaign: Campaign,
  entities: Entity[],
  inputs: CampaignInputs,
): CampaignEntityProgress[] {
  const exemptionOf = activeExemptionIndex(inputs.exemptions ?? [], inputs.now);
  return entities.map(entity => {
    const entityRef = entityRefOf(entity);
    const result = inputs.resultOf(entityRef);
    const checks = campaign.requiredChecks.map(checkId =>
      exempted(
        outcomeOf(entity, result, checkId, campaign, inputs),
        exemptionOf(entityRef, checkId),
      ),
    );
    const title = entity.metadata?.title;
    const { owner, system } = placementOf(entity, inputs.catalog);
    const exemptCount = checks.filter(c => c.status === 'exempt').length;
    return {
      entityRef,
      ...(typeof title === 'string' && title ? { title } : {}),
      ...(owner ? { owner } : {}),
      ...(system ? { system } : {}),
      status: statusOf(checks),
      checks,
      ...(exemptCount ? { exempted: exemptCount } : {}),
    };
  });
}

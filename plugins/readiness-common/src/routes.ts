import {
  csvExportRoute,
  entityRoute,
} from '@stagecraft/catalog-conventions-common';

const results = '/results';
const campaigns = '/campaigns';
const exemptions = '/exemptions';

/** A route under one campaign, `/campaigns/:id<suffix>`. */
function campaignRoute(suffix: string) {
  return {
    pattern: `${campaigns}/:id${suffix}`,
    path: (id: string) => `${campaigns}/${encodeURIComponent(id)}${suffix}`,
  };
}

/** A route under one exemption, `/exemptions/:id<suffix>`. */
function exemptionRoute(suffix: string) {
  return {
    pattern: `${exemptions}/:id${suffix}`,
    path: (id: string) => `${exemptions}/${encodeURIComponent(id)}${suffix}`,
  };
}

/**
 * Routes of the readiness backend under its base URL (`/api/readiness`): the
 * backend registers these patterns and `ReadinessClient` calls these paths.
 */
export const READINESS_ROUTES = {
  /** `GET`: the configured checks. */
  checks: '/checks',
  /** `GET`: the latest result of every readable entity, filtered. */
  results,
  /** `GET`: the same results as CSV. */
  resultsCsv: csvExportRoute(results),
  /** `GET`: results grouped by owner, system, domain or kind. */
  summary: '/summary',
  /** `GET`: daily history. */
  trend: '/trend',
  /** `GET`: runs of the whole-catalog evaluation. */
  runs: '/runs',
  /** `POST`: evaluate the whole catalog now. */
  evaluate: '/evaluate',
  /** `GET`: one entity's latest result. */
  entityReadiness: entityRoute('readiness'),
  /** `POST`: evaluate one entity now. */
  entityEvaluate: entityRoute('evaluate'),
  /** `GET`: every campaign; `POST`: create one (`readiness.campaign.manage`). */
  campaigns,
  /** `GET`: one campaign; `PUT`: edit it (`readiness.campaign.manage`). */
  campaign: campaignRoute(''),
  /** `GET`: a campaign's progress now, rollup, entities and daily history. */
  campaignProgress: campaignRoute('/progress'),
  /** `GET`: a campaign's entities and what each still owes, as CSV. */
  campaignResultsCsv: campaignRoute('/results.csv'),
  /** `GET`: the campaigns an entity is in and what it still owes in each. */
  entityCampaigns: entityRoute('campaigns'),
  /**
   * `GET`: exemptions of the entities the caller may read (`ExemptionFilter` as query);
   * `POST`: request one (`ExemptionRequestInput`; an owner of the entity, or an approver).
   */
  exemptions,
  /** `GET`: one exemption with its audit trail. */
  exemption: exemptionRoute(''),
  /** `POST`: approve a requested exemption (`readiness.exemption.approve`). */
  exemptionApprove: exemptionRoute('/approve'),
  /** `POST`: deny a requested exemption (`readiness.exemption.approve`). */
  exemptionDeny: exemptionRoute('/deny'),
  /** `POST`: the requester withdraws a requested or approved exemption. */
  exemptionWithdraw: exemptionRoute('/withdraw'),
  /** `GET`: one entity's exemptions, every state. */
  entityExemptions: entityRoute('exemptions'),
} as const;

import { CompoundEntityRef } from '@backstage/catalog-model';
import { createApiRef } from '@backstage/core-plugin-api';
import type {
  Campaign,
  CampaignInput,
  CampaignProgress,
  CheckDefinition,
  EntityCampaign,
  EntityReadiness,
  Exemption,
  ExemptionDecisionInput,
  ExemptionFilter,
  ExemptionRequestInput,
  ExemptionWithHistory,
  ReadinessResultsPage,
  ResultFilter,
  ResultsQuery,
  RunRecord,
  SummaryGroupBy,
  SummaryRow,
  TrendFilter,
  TrendPoint,
} from '@stagecraft/plugin-readiness-common';

export type { TrendFilter };

/** The readiness backend, as the pages use it. */
export interface ReadinessApi {
  /** The stored result, or undefined when the entity has not been evaluated. */
  getEntityResult(
    entityRef: CompoundEntityRef,
  ): Promise<EntityReadiness | undefined>;
  /** Evaluates the entity now; undefined when no check applies to it. */
  evaluateEntity(
    entityRef: CompoundEntityRef,
  ): Promise<EntityReadiness | undefined>;
  /** Asks the backend to evaluate the whole catalog soon. */
  evaluateAll(): Promise<void>;
  /** One page of the results, with how many the filter matches and how they stand. */
  getResultsPage(query: ResultsQuery): Promise<ReadinessResultsPage>;
  getSummary(
    groupBy: SummaryGroupBy,
    filter: ResultFilter,
  ): Promise<SummaryRow[]>;
  getTrend(filter: TrendFilter): Promise<TrendPoint[]>;
  listChecks(): Promise<CheckDefinition[]>;
  listRuns(): Promise<RunRecord[]>;
  /** The results as CSV, fetched with the user's credentials. */
  exportCsv(filter: ResultFilter): Promise<Blob>;
  /** Every campaign, latest deadline first. */
  listCampaigns(): Promise<Campaign[]>;
  /** One campaign; rejects with a 404 `ResponseError` when there is none. */
  getCampaign(id: string): Promise<Campaign>;
  /** Needs `readiness.campaign.manage`; a bad field rejects with the backend's message. */
  createCampaign(input: CampaignInput): Promise<Campaign>;
  /** Replaces a campaign's definition; needs `readiness.campaign.manage`. */
  updateCampaign(id: string, input: CampaignInput): Promise<Campaign>;
  /** Progress now, rollup, each entity's outcomes and the daily history. */
  getCampaignProgress(id: string): Promise<CampaignProgress>;
  /** A campaign's entities and what each still owes, as CSV. */
  exportCampaignCsv(id: string): Promise<Blob>;
  /** The campaigns the entity is in and what it still owes in each. */
  getEntityCampaigns(entityRef: CompoundEntityRef): Promise<EntityCampaign[]>;
  /** Exemptions of the entities the user may read, narrowed by `filter`. */
  listExemptions(filter?: ExemptionFilter): Promise<Exemption[]>;
  /** One exemption with its audit trail. */
  getExemption(id: string): Promise<ExemptionWithHistory>;
  /** One entity's exemptions, in every state. */
  getEntityExemptions(entityRef: CompoundEntityRef): Promise<Exemption[]>;
  /** Asks to be let off one check; a refusal rejects with the backend's message. */
  requestExemption(input: ExemptionRequestInput): Promise<Exemption>;
  /** Needs `readiness.exemption.approve`. */
  approveExemption(
    id: string,
    input?: ExemptionDecisionInput,
  ): Promise<Exemption>;
  /** Needs `readiness.exemption.approve`. */
  denyExemption(id: string, input?: ExemptionDecisionInput): Promise<Exemption>;
  /** The requester takes back a requested or approved exemption. */
  withdrawExemption(id: string): Promise<Exemption>;
}

export const readinessApiRef = createApiRef<ReadinessApi>({
  id: 'plugin.readiness.service',
});

import { CompoundEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  READINESS_ROUTES,
  resultsQueryString,
  type ReadinessResultsPage,
  type ResultsQuery,
  type Campaign,
  type CampaignInput,
  type CampaignProgress,
  type CheckDefinition,
  type EntityCampaign,
  type EntityReadiness,
  type Exemption,
  type ExemptionDecisionInput,
  type ExemptionFilter,
  type ExemptionRequestInput,
  type ExemptionWithHistory,
  type ResultFilter,
  type RunRecord,
  type SummaryGroupBy,
  type SummaryRow,
  type TrendPoint,
} from '@stagecraft/plugin-readiness-common';
import { fetchFromBackend } from '@stagecraft/catalog-conventions-react';
import { ReadinessApi, TrendFilter } from './ReadinessApi';

/** `?groupBy=…&<the filter>&days=…`, or nothing when all is unset. */
function query(
  filter: ResultFilter & { days?: number; groupBy?: string },
): string {
  const { groupBy, days, ...resultFilter } = filter;
  const params = new URLSearchParams();
  if (groupBy) params.set('groupBy', groupBy);
  new URLSearchParams(resultsQueryString(resultFilter)).forEach((value, name) =>
    params.set(name, value),
  );
  if (days !== undefined) params.set('days', String(days));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Talks to the `readiness` backend plugin. `fetchApi` adds the user's
 * Backstage token; a non-2xx answer rejects with a `ResponseError`.
 */
export class ReadinessClient implements ReadinessApi {
  constructor(
    private readonly options: {
      discoveryApi: DiscoveryApi;
      fetchApi: FetchApi;
    },
  ) {}

  private request(path: string, init?: RequestInit): Promise<Response> {
    return fetchFromBackend(this.options, 'readiness', path, init);
  }

  private async json<T>(path: string, init?: RequestInit): Promise<T> {
    return (await (await this.request(path, init)).json()) as T;
  }

  /** A collection route answers `{ items }`. */
  private async items<T>(path: string): Promise<T[]> {
    return (await this.json<{ items: T[] }>(path)).items;
  }

  private async orUndefinedOn404<T>(
    load: () => Promise<T>,
  ): Promise<T | undefined> {
    try {
      return await load();
    } catch (error) {
      if (error instanceof ResponseError && error.response.status === 404) {
        return undefined;
      }
      throw error;
    }
  }

  /** Undefined while the entity has not been evaluated yet (204). */
  getEntityResult(entityRef: CompoundEntityRef) {
    return this.orUndefinedOn404(async () => {
      const response = await this.request(
        READINESS_ROUTES.entityReadiness.path(entityRef),
      );
      if (response.status === 204) return undefined;
      return (await response.json()) as EntityReadiness;
    });
  }

  evaluateEntity(entityRef: CompoundEntityRef) {
    return this.orUndefinedOn404(() =>
      this.json<EntityReadiness>(
        READINESS_ROUTES.entityEvaluate.path(entityRef),
        { method: 'POST' },
      ),
    );
  }

  async evaluateAll(): Promise<void> {
    await this.request(READINESS_ROUTES.evaluate, { method: 'POST' });
  }

  /** {@inheritDoc ReadinessApi.getResultsPage} */
  async getResultsPage(pageQuery: ResultsQuery): Promise<ReadinessResultsPage> {
    const text = resultsQueryString(pageQuery);
    return this.json<ReadinessResultsPage>(
      `${READINESS_ROUTES.results}${text ? `?${text}` : ''}`,
    );
  }

  async getSummary(
    groupBy: SummaryGroupBy,
    filter: ResultFilter,
  ): Promise<SummaryRow[]> {
    return this.items<SummaryRow>(
      `${READINESS_ROUTES.summary}${query({ ...filter, groupBy })}`,
    );
  }

  async getTrend(filter: TrendFilter): Promise<TrendPoint[]> {
    return this.items<TrendPoint>(`${READINESS_ROUTES.trend}${query(filter)}`);
  }

  async listChecks(): Promise<CheckDefinition[]> {
    return this.items<CheckDefinition>(READINESS_ROUTES.checks);
  }

  async listRuns(): Promise<RunRecord[]> {
    return this.items<RunRecord>(READINESS_ROUTES.runs);
  }

  async exportCsv(filter: ResultFilter): Promise<Blob> {
    return (
      await this.request(`${READINESS_ROUTES.resultsCsv}${query(filter)}`)
    ).blob();
  }

  /** {@inheritDoc ReadinessApi.listCampaigns} */
  async listCampaigns(): Promise<Campaign[]> {
    return this.items<Campaign>(READINESS_ROUTES.campaigns);
  }

  /** {@inheritDoc ReadinessApi.getCampaign} */
  getCampaign(id: string): Promise<Campaign> {
    return this.json<Campaign>(READINESS_ROUTES.campaign.path(id));
  }

  private post<T>(path: string, input: unknown): Promise<T> {
    return this.json<T>(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
  }

  /** {@inheritDoc ReadinessApi.createCampaign} */
  createCampaign(input: CampaignInput): Promise<Campaign> {
    return this.post<Campaign>(READINESS_ROUTES.campaigns, input);
  }

  /** {@inheritDoc ReadinessApi.updateCampaign} */
  updateCampaign(id: string, input: CampaignInput): Promise<Campaign> {
    return this.post<Campaign>(READINESS_ROUTES.campaign.path(id), input);
  }

  /** {@inheritDoc ReadinessApi.getCampaignProgress} */
  getCampaignProgress(id: string): Promise<CampaignProgress> {
    return this.json<CampaignProgress>(
      READINESS_ROUTES.campaignProgress.path(id),
    );
  }

  /** {@inheritDoc ReadinessApi.exportCampaignCsv} */
  async exportCampaignCsv(id: string): Promise<Blob> {
    return (
      await this.request(READINESS_ROUTES.campaignResultsCsv.path(id))
    ).blob();
  }

  /** {@inheritDoc ReadinessApi.getEntityCampaigns} */
  async getEntityCampaigns(
    entityRef: CompoundEntityRef,
  ): Promise<EntityCampaign[]> {
    return this.items<EntityCampaign>(
      READINESS_ROUTES.entityCampaigns.path(entityRef),
    );
  }

  /** {@inheritDoc ReadinessApi.listExemptions} */
  async listExemptions(filter: ExemptionFilter = {}): Promise<Exemption[]> {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(filter)) {
      if (value) params.set(name, value);
    }
    const text = params.toString();
    return this.items<Exemption>(
      `${READINESS_ROUTES.exemptions}${text ? `?${text}` : ''}`,
    );
  }

  /** {@inheritDoc ReadinessApi.getExemption} */
  getExemption(id: string): Promise<ExemptionWithHistory> {
    return this.json<ExemptionWithHistory>(READINESS_ROUTES.exemption.path(id));
  }

  /** {@inheritDoc ReadinessApi.getEntityExemptions} */
  async getEntityExemptions(
    entityRef: CompoundEntityRef,
  ): Promise<Exemption[]> {
    return this.items<Exemption>(
      READINESS_ROUTES.entityExemptions.path(entityRef),
    );
  }

  /** {@inheritDoc ReadinessApi.requestExemption} */
  requestExemption(input: ExemptionRequestInput): Promise<Exemption> {
    return this.post<Exemption>(READINESS_ROUTES.exemptions, input);
  }

  /** {@inheritDoc ReadinessApi.approveExemption} */
  approveExemption(
    id: string,
    input: ExemptionDecisionInput = {},
  ): Promise<Exemption> {
    return this.post<Exemption>(
      READINESS_ROUTES.exemptionApprove.path(id),
      input,
    );
  }

  /** {@inheritDoc ReadinessApi.denyExemption} */
  denyExemption(
    id: string,
    input: ExemptionDecisionInput = {},
  ): Promise<Exemption> {
    return this.post<Exemption>(READINESS_ROUTES.exemptionDeny.path(id), input);
  }

  /** {@inheritDoc ReadinessApi.withdrawExemption} */
  withdrawExemption(id: string): Promise<Exemption> {
    return this.post<Exemption>(
      READINESS_ROUTES.exemptionWithdraw.path(id),
      {},
    );
  }
}

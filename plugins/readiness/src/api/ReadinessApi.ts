import { CompoundEntityRef } from '@backstage/catalog-model';
import { createApiRef } from '@backstage/core-plugin-api';
import type {
  CheckDefinition,
  EntityReadiness,
  ResultFilter,
  RunRecord,
  SummaryGroupBy,
  SummaryRow,
  TrendPoint,
} from '@stagecraft/plugin-readiness-common';

export type TrendFilter = Omit<ResultFilter, 'failingOnly'> & { days: number };

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
  listResults(filter: ResultFilter): Promise<EntityReadiness[]>;
  getSummary(
    groupBy: SummaryGroupBy,
    filter: ResultFilter,
  ): Promise<SummaryRow[]>;
  getTrend(filter: TrendFilter): Promise<TrendPoint[]>;
  listChecks(): Promise<CheckDefinition[]>;
  listRuns(): Promise<RunRecord[]>;
  /** The results as CSV, fetched with the user's credentials. */
  exportCsv(filter: ResultFilter): Promise<Blob>;
}

export const readinessApiRef = createApiRef<ReadinessApi>({
  id: 'plugin.readiness.service',
});

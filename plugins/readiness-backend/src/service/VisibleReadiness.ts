import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CheckDefinition,
  EntityReadiness,
  ResultFilter,
  RunRecord,
  SummaryGroupBy,
  SummaryRow,
  TrendFilter,
  TrendPoint,
} from '@stagecraft/plugin-readiness-common';
import { ReadinessStore } from '../database/ReadinessStore';
import { ActiveExemptions } from '../exemptions/ActiveExemptions';
import { onlyReadable, readableEntityRefs } from './readableEntityRefs';
import { ReadinessService } from './ReadinessService';
import {
  failingCheckIds,
  summarizeResults,
  trendOfHistory,
} from './summarizeResults';
import { toCsv } from './toCsv';

/** What `/runs` says of a failed run; the reason is in the backend log. */
export const RUN_FAILURE_MESSAGE =
  'The evaluation run failed; the readiness backend log has the reason';

/**
 * Readiness as one caller may see it. Results are computed with the plugin's
 * own credentials and hold every entity, so every answer keeps only the
 * entities the caller may read in the catalog; aggregates count only those.
 * Naming an entity the caller may not read is answered like a missing one.
 * Approved exemptions are applied as results are served (stored results never hold them).
 */
export class VisibleReadiness {
  constructor(
    private readonly deps: {
      service: ReadinessService;
      history: Pick<ReadinessStore, 'listHistory'>;
      catalog: CatalogService;
      /** Applied to every result served; none without it. */
      exemptions?: ActiveExemptions;
      now?: () => Date;
    },
  ) {}

  private async withExemptions(
    results: EntityReadiness[],
  ): Promise<EntityReadiness[]> {
    return this.deps.exemptions
      ? this.deps.exemptions.applyTo(results)
      : results;
  }

  private async oneWithExemptions(result: EntityReadiness | undefined) {
    return result ? (await this.withExemptions([result]))[0] : undefined;
  }

  private async requireReadable(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const readable = await readableEntityRefs(
      this.deps.catalog,
      [entityRef],
      credentials,
    );
    if (!readable.has(entityRef)) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
  }

  /** Undefined when the entity is readable but not evaluated yet. */
  async getResult(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<EntityReadiness | undefined> {
    await this.requireReadable(entityRef, credentials);
    return this.oneWithExemptions(await this.deps.service.getResult(entityRef));
  }

  async evaluateEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<EntityReadiness | undefined> {
    await this.requireReadable(entityRef, credentials);
    return this.oneWithExemptions(
      await this.deps.service.evaluateEntity(entityRef),
    );
  }

  async listResults(
    filter: ResultFilter,
    credentials: BackstageCredentials,
  ): Promise<EntityReadiness[]> {
    // The store filtered on results without exemptions: what an exemption lets off drops out.
    const results = (
      await this.withExemptions(await this.deps.service.listResults(filter))
    )
      .filter(
        result =>
          (!filter.failingOnly || result.status !== 'pass') &&
          (!filter.checkId || failingCheckIds(result).includes(filter.checkId)),
      )
      // Worst first again (stable: the store's order among equal scores).
      .sort((a, b) => a.score - b.score);
    return onlyReadable(this.deps.catalog, results, credentials);
  }

  async summarize(
    groupBy: SummaryGroupBy,
    filter: ResultFilter,
    credentials: BackstageCredentials,
  ): Promise<SummaryRow[]> {
    return summarizeResults(
      await this.listResults(filter, credentials),
      groupBy,
    );
  }

  /**
   * Counts only entities the caller may read now; entities gone from the catalog drop out.
   * A day counts the exemptions in force at its close, as the results then did.
   */
  async trend(
    filter: TrendFilter,
    credentials: BackstageCredentials,
  ): Promise<TrendPoint[]> {
    const rows = await this.deps.history.listHistory(
      filter,
      this.deps.now?.() ?? new Date(),
    );
    // Each day as the results counted it: what an exemption let off that day drops out.
    const judged = (
      this.deps.exemptions
        ? await this.deps.exemptions.applyToHistory(rows)
        : rows
    ).filter(
      row => !filter.checkId || row.failingChecks?.includes(filter.checkId),
    );
    return trendOfHistory(
      await onlyReadable(this.deps.catalog, judged, credentials),
    );
  }

  async exportCsv(
    filter: ResultFilter,
    credentials: BackstageCredentials,
  ): Promise<string> {
    return toCsv(
      await this.listResults(filter, credentials),
      this.deps.service.listChecks().map(check => check.id),
    );
  }

  /** The configured checks: no entity data. */
  listChecks(): CheckDefinition[] {
    return this.deps.service.listChecks();
  }

  /**
   * Runs of the whole-catalog evaluation: times and counts, which name no
   * entity. A failure's text is a server error that may quote entity data,
   * so it is replaced by a fixed sentence.
   */
  async listRuns(): Promise<RunRecord[]> {
    const runs = await this.deps.service.listRuns();
    return runs.map(run =>
      run.failure ? { ...run, failure: RUN_FAILURE_MESSAGE } : run,
    );
  }
}

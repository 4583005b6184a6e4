import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { readableEntityRefs } from '@stagecraft/backend-node';
import { refKey } from '@stagecraft/catalog-conventions-common';
import {
  CheckDefinition,
  EntityReadiness,
  ReadinessResultsPage,
  ResultFilter,
  ResultsQuery,
  RunRecord,
  SummaryGroupBy,
  SummaryRow,
  TrendFilter,
  TrendPoint,
} from '@stagecraft/plugin-readiness-common';
import { ReadinessStore } from '../database/ReadinessStore';
import { ActiveExemptions } from '../exemptions/ActiveExemptions';
import { hideUnreadableRefs } from './hideUnreadableRefs';
import { onlyReadable } from './onlyReadable';
import { ReadinessService } from './ReadinessService';
import { compareResults } from './resultOrder';
import {
  factsOf,
  ResultFacts,
  summarizeResults,
  trendOfHistory,
} from './summarizeResults';
import { toCsvInParts } from './toCsv';

/** Full results read at a time for the CSV. */
const CSV_PART = 500;

/** Whether a result, as served, matches the filter's status, exemption and check. */
const matches = (filter: ResultFilter, facts: ResultFacts) =>
  (!filter.failingOnly || facts.status !== 'pass') &&
  (!filter.passingOnly || facts.status === 'pass') &&
  (!filter.exemptedOnly || Boolean(facts.exempted)) &&
  (!filter.checkId || facts.failingChecks.includes(filter.checkId));

function totalsOf(facts: ResultFacts[]): ReadinessResultsPage['totals'] {
  const scores = facts.reduce((sum, result) => sum + result.score, 0);
  return {
    passing: facts.filter(result => result.status === 'pass').length,
    exempted: facts.filter(result => result.exempted).length,
    averageScore: facts.length > 0 ? Math.round(scores / facts.length) : 0,
  };
}

/** What `/runs` says of a failed run; the reason is in the backend log. */
export const RUN_FAILURE_MESSAGE =
  'The evaluation run failed; the readiness backend log has the reason';

/**
 * Readiness as one caller may see it. Results are computed with the plugin's
 * own credentials and hold every entity, so every answer keeps only the
 * entities the caller may read in the catalog; aggregates count only those.
 * The texts of the results served (reasons, fixes, notes) name other entities, e.g. the
 * owner group and its on-call contact: those the caller may not read are hidden.
 * Naming an entity the caller may not read is answered like a missing one.
 * Approved exemptions are applied as results are served (stored results never hold them).
 */
export class VisibleReadiness {
  constructor(
    private readonly deps: {
      service: ReadinessService;
      history: Pick<ReadinessStore, 'listHistory'>;
      catalog: CatalogService;
      /** The plugin's own credentials, to tell entities the caller may not read from missing ones. */
      auth: Pick<AuthService, 'getOwnServiceCredentials'>;
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

  /** Results as served to the caller: exemptions applied, unreadable entities in texts hidden. */
  private async served(
    results: EntityReadiness[],
    credentials: BackstageCredentials,
  ): Promise<EntityReadiness[]> {
    return hideUnreadableRefs(
      await this.withExemptions(results),
      this.deps,
      credentials,
    );
  }

  /**
   * One entity's result as served, read by `read` once the caller may read the entity: a
   * `NotFoundError` where they may not, as for a missing one.
   */
  private async oneServed(
    entityRef: string,
    credentials: BackstageCredentials,
    read: (entityRef: string) => Promise<EntityReadiness | undefined>,
  ): Promise<EntityReadiness | undefined> {
    const readable = await readableEntityRefs(
      this.deps.catalog,
      [entityRef],
      credentials,
    );
    if (!readable.has(entityRef)) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    const result = await read(entityRef);
    return result ? (await this.served([result], credentials))[0] : undefined;
  }

  /** Undefined when the entity is readable but not evaluated yet. */
  getResult(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<EntityReadiness | undefined> {
    return this.oneServed(entityRef, credentials, ref =>
      this.deps.service.getResult(ref),
    );
  }

  evaluateEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<EntityReadiness | undefined> {
    return this.oneServed(entityRef, credentials, ref =>
      this.deps.service.evaluateEntity(ref),
    );
  }

  /**
   * What every list of results starts from: the facts (`ResultFacts`) of the results the
   * filter matches among the entities the caller may read, as the approved exemptions make
   * them, in `sort` order. Every matching ref is asked of the catalog with the caller's
   * credentials (in batches), as permissions can only be judged there; full results are
   * read afterwards, only for what is served.
   */
  private async visibleFacts(
    query: ResultsQuery,
    credentials: BackstageCredentials,
  ): Promise<ResultFacts[]> {
    const readable = await onlyReadable(
      this.deps.catalog,
      await this.deps.service.listResultFacts(query),
      credentials,
    );
    // The store filtered on results without exemptions: what an exemption lets off drops out.
    return (await this.factsWithExemptions(readable))
      .filter(facts => matches(query, facts))
      .sort(compareResults(query.sort, query.order));
  }

  /** Only the results of entities with an approved exemption are read in full, to apply it. */
  private async factsWithExemptions(
    facts: ResultFacts[],
  ): Promise<ResultFacts[]> {
    const active = (await this.deps.exemptions?.list()) ?? [];
    const exempted = new Set(
      active.map(exemption => refKey(exemption.entityRef)),
    );
    const refs = facts
      .map(result => result.entityRef)
      .filter(ref => exempted.has(refKey(ref)));
    if (refs.length === 0) return facts;
    const judged = new Map(
      (await this.withExemptions(await this.deps.service.getResults(refs))).map(
        result => [result.entityRef, factsOf(result)],
      ),
    );
    return facts.map(result => judged.get(result.entityRef) ?? result);
  }

  /** The full results of `facts`, as served, in their order. */
  private async resultsOf(
    facts: ResultFacts[],
    credentials: BackstageCredentials,
  ): Promise<EntityReadiness[]> {
    return this.served(
      await this.deps.service.getResults(facts.map(result => result.entityRef)),
      credentials,
    );
  }

  /** One page of the results, with how many the filter matches and how they stand. */
  async listResultsPage(
    query: ResultsQuery & { offset: number; limit: number },
    credentials: BackstageCredentials,
  ): Promise<ReadinessResultsPage> {
    const { offset, limit } = query;
    const facts = await this.visibleFacts(query, credentials);
    return {
      items: await this.resultsOf(
        facts.slice(offset, offset + limit),
        credentials,
      ),
      offset,
      limit,
      totalCount: facts.length,
      totals: totalsOf(facts),
    };
  }

  /** Every result the filter matches, worst first: for a few; pages for the many. */
  async listResults(
    filter: ResultFilter,
    credentials: BackstageCredentials,
  ): Promise<EntityReadiness[]> {
    return this.resultsOf(
      await this.visibleFacts(filter, credentials),
      credentials,
    );
  }

  async summarize(
    groupBy: SummaryGroupBy,
    filter: ResultFilter,
    credentials: BackstageCredentials,
  ): Promise<SummaryRow[]> {
    return summarizeResults(
      await this.visibleFacts(filter, credentials),
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

  /** Every result the filter matches, worst first, read a part at a time. */
  async exportCsv(
    filter: ResultFilter,
    credentials: BackstageCredentials,
  ): Promise<string> {
    const facts = await this.visibleFacts(filter, credentials);
    const resultsOf = this.resultsOf.bind(this);
    async function* parts() {
      for (let start = 0; start < facts.length; start += CSV_PART) {
        yield await resultsOf(
          facts.slice(start, start + CSV_PART),
          credentials,
        );
      }
    }
    return toCsvInParts(
      parts(),
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

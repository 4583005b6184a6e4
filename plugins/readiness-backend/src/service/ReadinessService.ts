import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import {
  buildReadinessCatalogView,
  CheckDefinition,
  CheckResult,
  EntityReadiness,
  evaluateChecks,
  failedEvaluation,
  finalizeReadiness,
  applicableChecks,
  loadRunbookPages,
  ReadinessCatalogView,
  RunbookPages,
  RunbookSource,
  ResultFilter,
  RunRecord,
  ReadinessRunSignal,
} from '@stagecraft/plugin-readiness-common';
import {
  mapConcurrently,
  messageOf,
  withDeadline,
  TransitionTracker,
} from '@stagecraft/backend-node';
import { ReadinessBackendConfig } from '../config';
import { ReadinessStore } from '../database/ReadinessStore';
import { readinessTransitionStates } from '../notifications/readinessTransitions';
import { CheckVerifier, couldNotVerify, VerifyCheck } from '../verifiers/types';
import { ReadinessCatalogReader } from './ReadinessCatalogReader';
import type { ActiveExemptions } from '../exemptions/ActiveExemptions';
import type { ResultFacts } from './summarizeResults';

/** Entities evaluated, and their results staged, at a time in a whole-catalog run. */
const SLICE_SIZE = 1000;

export type RunSummary = {
  runId: number;
  entities: number;
  errors: number;
  durationMs: number;
};

/** Evaluates entities (catalog checks, then network verification), stores and serves the results. */
export class ReadinessService {
  private readonly now: () => Date;

  constructor(
    private readonly deps: {
      store: ReadinessStore;
      reader: ReadinessCatalogReader;
      verifiers: CheckVerifier[];
      settings: ReadinessBackendConfig;
      /** Where the TechDocs runbooks of a run are read; without it, from links alone. */
      runbookSource?: (
        catalog: ReadinessCatalogView,
        signal: AbortSignal,
      ) => RunbookSource;
      logger: LoggerService;
      /** Notifies owners when a check starts failing or recovers; none without it. */
      transitions?: Pick<TransitionTracker, 'observe'>;
      /**
       * The approved exemptions, applied before owners are notified: a check an exemption
       * lets off notifies neither as failing nor as recovered.
       */
      exemptions?: Pick<ActiveExemptions, 'applyTo'>;
      /**
       * Tells open pages that a whole-catalog run has finished (`RunSignalPublisher`, which
       * logs rather than throws); none are told without it.
       */
      announceRunFinished?: (run: ReadinessRunSignal) => Promise<void>;
      now?: () => Date;
      /** Entities evaluated (and their results staged) at a time; 1,000 unless a test says. */
      sliceSize?: number;
    },
  ) {
    this.now = deps.now ?? (() => new Date());
  }

  private async startVerifiers(
    entities: Entity[],
    signal?: AbortSignal,
  ): Promise<Map<string, VerifyCheck>> {
    const runs = new Map<string, VerifyCheck>();
    for (const verifier of this.deps.verifiers) {
      try {
        runs.set(verifier.checkId, await verifier.startRun(entities, signal));
      } catch (error) {
        this.deps.logger.error(
          `Readiness: the ${
            verifier.checkId
          } verification could not start: ${messageOf(error)}`,
        );
        runs.set(verifier.checkId, async (_entity, result) =>
          couldNotVerify(
            result,
            `Verification could not start: ${messageOf(error)}`,
            result.verifiedWith[0],
          ),
        );
      }
    }
    return runs;
  }

  /** The checks, each verified over the network where a verifier runs for it. */
  private async verify(
    entity: Entity,
    checks: CheckResult[],
    runs: Map<string, VerifyCheck>,
  ): Promise<CheckResult[]> {
    if (!checks.some(check => runs.has(check.checkId))) return checks;
    return Promise.all(
      checks.map(async check => {
        const run = runs.get(check.checkId);
        if (!run) return check;
        try {
          return await run(entity, check);
        } catch (error) {
          return couldNotVerify(
            check,
            `Verification failed: ${messageOf(error)}`,
            check.verifiedWith[0],
          );
        }
      }),
    );
  }

  /** The runbook pages the entities link to; undefined (links alone) when they cannot be read in time. */
  private async loadRunbooks(
    entities: Entity[],
    catalog: ReadinessCatalogView,
    signal?: AbortSignal,
  ): Promise<RunbookPages | undefined> {
    const { runbookSource, settings, logger } = this.deps;
    if (!runbookSource) return undefined;
    try {
      return await withDeadline(
        runSignal =>
          loadRunbookPages(
            entities,
            runbookSource(catalog, runSignal),
            settings.rules.portalBaseUrl,
          ),
        settings.runbooks.timeoutMs,
        signal,
      );
    } catch (error) {
      signal?.throwIfAborted();
      logger.warn(
        `Readiness: runbook pages could not be read, judging runbooks from links alone: ${messageOf(
          error,
        )}`,
      );
      return undefined;
    }
  }

  /**
   * Feeds the checks' states to the transition tracker, which notifies owners of the
   * checks that changed, a slice of results at a time (the states of a whole catalog's
   * checks are several times its results). A failure is logged: it never fails the
   * evaluation, and the tracker retries unsent notifications on the next run.
   */
  private async notifyTransitions(results: EntityReadiness[]): Promise<void> {
    const { transitions, exemptions, logger } = this.deps;
    if (!transitions) return;
    const sliceSize = this.deps.sliceSize ?? SLICE_SIZE;
    try {
      let sent = 0;
      let failed = 0;
      for (let i = 0; i < results.length; i += sliceSize) {
        const slice = results.slice(i, i + sliceSize);
        const judged = exemptions ? await exemptions.applyTo(slice) : slice;
        const summary = await transitions.observe(
          readinessTransitionStates(judged),
        );
        sent += summary.sent;
        failed += summary.failed;
      }
      if (sent > 0 || failed > 0) {
        logger.info(
          `Readiness: ${sent} owner notifications sent, ${failed} to retry`,
        );
      }
    } catch (error) {
      logger.error(
        `Readiness: owners could not be notified of check transitions: ${messageOf(
          error,
        )}`,
      );
    }
  }

  /**
   * Evaluates the entities some check applies to. An entity that cannot be
   * evaluated, or a verification that throws, is recorded as an error for
   * that entity or check only. Once `signal` aborts, no further entity is
   * started and the evaluation rejects.
   */
  async evaluateEntities(
    entities: Entity[],
    catalog: ReadinessCatalogView,
    evaluatedAt: Date,
    signal?: AbortSignal,
  ): Promise<EntityReadiness[]> {
    const results: EntityReadiness[] = [];
    await this.evaluateInSlices(
      entities,
      catalog,
      evaluatedAt,
      signal,
      async slice => {
        results.push(...slice);
      },
    );
    return results;
  }

  /**
   * `evaluateEntities`, handing the results to `take` a slice at a time (a slice is
   * taken while the next one is evaluated), so that a whole-catalog run holds only a
   * slice's results.
   */
  private async evaluateInSlices(
    entities: Entity[],
    catalog: ReadinessCatalogView,
    evaluatedAt: Date,
    signal: AbortSignal | undefined,
    take: (results: EntityReadiness[]) => Promise<void>,
  ): Promise<void> {
    const { rules, concurrency } = this.deps.settings;
    const sliceSize = this.deps.sliceSize ?? SLICE_SIZE;
    const runbooks = await this.loadRunbooks(entities, catalog, signal);
    const failed: EntityReadiness[] = [];
    const applicable: Entity[] = [];
    const checksOf = new Map<Entity, CheckDefinition[]>();
    for (const entity of entities) {
      try {
        const definitions = applicableChecks(entity, catalog, rules);
        if (definitions.length > 0) {
          applicable.push(entity);
          checksOf.set(entity, definitions);
        }
      } catch (error) {
        failed.push(failedEvaluation(entity, error, evaluatedAt));
      }
    }

    const runs = await this.startVerifiers(applicable, signal);
    let taking: Promise<void> = Promise.resolve();
    const takeNext = (results: EntityReadiness[]) => {
      taking = take(results);
      // Awaited before the next slice is taken; meanwhile its failure is not unhandled.
      taking.catch(() => {});
    };
    try {
      for (let i = 0; i < applicable.length; i += sliceSize) {
        const results = await mapConcurrently(
          applicable.slice(i, i + sliceSize),
          concurrency,
          async entity => {
            signal?.throwIfAborted();
            try {
              const definitions = checksOf.get(entity)!;
              const checks = evaluateChecks(
                entity,
                catalog,
                rules,
                { runbooks, now: evaluatedAt },
                definitions,
              );
              return finalizeReadiness(
                entity,
                catalog,
                await this.verify(entity, checks, runs),
                rules,
                evaluatedAt,
                definitions,
              );
            } catch (error) {
              return failedEvaluation(entity, error, evaluatedAt);
            }
          },
        );
        await taking;
        takeNext(results);
      }
      await taking;
      if (failed.length > 0) await take(failed);
    } catch (error) {
      await taking.catch(() => {});
      throw error;
    }
  }

  /**
   * Reads the whole catalog (the fields the checks read), evaluates it and stages the
   * results of run `runId` slice by slice. The entities and their catalog view are
   * released when it returns, before the run saves.
   */
  private async stageWholeCatalog(
    runId: number,
    startedAt: Date,
    signal: AbortSignal | undefined,
    keep: (results: EntityReadiness[]) => void,
  ): Promise<{ read: number; evaluated: number; errors: number }> {
    const entities = await this.deps.reader.readAll();
    signal?.throwIfAborted();
    const catalog = buildReadinessCatalogView(entities);
    let evaluated = 0;
    let errors = 0;
    await this.evaluateInSlices(
      entities,
      catalog,
      startedAt,
      signal,
      async results => {
        evaluated += results.length;
        for (const result of results) {
          if (result.status === 'error') errors++;
        }
        keep(results);
        await this.deps.store.stageResults(runId, results);
      },
    );
    return { read: entities.length, evaluated, errors };
  }

  /**
   * Evaluates the whole catalog, stores the results and trims history. The
   * results are staged slice by slice as they are evaluated and become the
   * current results when the run saves; an aborted run stops between entities
   * and saves (and deletes) nothing.
   */
  async evaluateAll(signal?: AbortSignal): Promise<RunSummary> {
    const { store, settings, logger, transitions } = this.deps;
    const startedAt = this.now();
    const runId = await store.startRun(startedAt);
    try {
      // Only owners' notifications need the whole run's results once it has saved.
      const kept: EntityReadiness[] | undefined = transitions ? [] : undefined;
      const { read, evaluated, errors } = await this.stageWholeCatalog(
        runId,
        startedAt,
        signal,
        results => kept?.push(...results),
      );
      signal?.throwIfAborted();
      if (await store.saveRun({ id: runId, startedAt }, [], this.now())) {
        if (kept) await this.notifyTransitions(kept);
      } else {
        logger.warn(
          `Readiness: run ${runId} finished after a newer run had saved; its results were dropped`,
        );
      }
      await store.pruneHistory(settings.historyDays, startedAt);
      const finishedAt = this.now();
      await store.finishRun(runId, { entities: evaluated, errors }, finishedAt);
      await this.announceFinished(runId, 'succeeded', finishedAt);
      const durationMs = this.now().getTime() - startedAt.getTime();
      logger.info(
        `Readiness: evaluated ${evaluated} of ${read} entities in ${durationMs} ms (${errors} with errors)`,
      );
      return { runId, entities: evaluated, errors, durationMs };
    } catch (error) {
      const failure = signal?.aborted
        ? `Aborted before saving: ${messageOf(signal.reason)}`
        : messageOf(error);
      const finishedAt = this.now();
      await store.finishRun(runId, { failure }, finishedAt);
      await store
        .dropStagedResults(runId)
        .catch(dropError =>
          logger.warn(
            `Readiness: the staged results of run ${runId} could not be deleted (the next saved run deletes them): ${messageOf(
              dropError,
            )}`,
          ),
        );
      await this.announceFinished(runId, 'failed', finishedAt);
      throw error;
    }
  }

  private async announceFinished(
    runId: number,
    status: 'succeeded' | 'failed',
    finishedAt: Date,
  ): Promise<void> {
    await this.deps.announceRunFinished?.({
      runId,
      status,
      finishedAt: finishedAt.toISOString(),
    });
  }

  /**
   * Re-evaluates one entity now. Undefined when no check applies to it;
   * NotFoundError when the catalog does not have it.
   */
  async evaluateEntity(
    entityRef: string,
  ): Promise<EntityReadiness | undefined> {
    const { entity, related } = await this.deps.reader.readOne(entityRef);
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    const catalog = buildReadinessCatalogView([entity, ...related]);
    const [result] = await this.evaluateEntities([entity], catalog, this.now());
    if (result) {
      await this.deps.store.saveResults([result]);
      await this.notifyTransitions([result]);
    }
    return result;
  }

  getResult(entityRef: string): Promise<EntityReadiness | undefined> {
    return this.deps.store.getResult(entityRef);
  }

  listResults(filter: ResultFilter): Promise<EntityReadiness[]> {
    return this.deps.store.listResults(filter);
  }

  /** {@inheritDoc ReadinessStore.listResultFacts} */
  listResultFacts(filter: ResultFilter): Promise<ResultFacts[]> {
    return this.deps.store.listResultFacts(filter);
  }

  /** {@inheritDoc ReadinessStore.getResults} */
  getResults(entityRefs: readonly string[]): Promise<EntityReadiness[]> {
    return this.deps.store.getResults(entityRefs);
  }

  listRuns(): Promise<RunRecord[]> {
    return this.deps.store.listRuns();
  }

  listChecks(): CheckDefinition[] {
    return this.deps.settings.rules.checks.filter(
      check => check.severity !== 'off',
    );
  }
}

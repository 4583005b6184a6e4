import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  buildSecretsCatalogView,
  isSecretStore,
  judgeStore,
  SecretsRulesConfig,
  StoreDrift,
} from '@stagecraft/plugin-secrets-common';
import {
  ReconcilePolicy,
  reconcileStore,
  SecretStoreReader,
  SecretStoreReadError,
} from '@stagecraft/plugin-secrets-node';
import { CatalogView, refKey } from '@stagecraft/catalog-conventions-common';
import { requestSignal } from '@stagecraft/backend-node';
import { DriftHistoryRow, DriftStore } from '../database/DriftStore';
import { catalogSecretsOf } from './catalogSecrets';
import {
  DriftTransitionListener,
  DriftTransitions,
} from './DriftTransitionListener';

/** Daily history is kept this long. */
export const DRIFT_HISTORY_DAYS = 400;

export type StoreDriftServiceOptions = {
  /**
   * The reader of a provider: a module's, else a simulated stand-in; undefined when none
   * can read it. `entities` is the run's catalog, for readers that need it.
   */
  readerFor(
    provider: string,
    entities: Entity[],
  ): SecretStoreReader | undefined;
  /** The catalog as the secret rules read it (secrets, stores and what depends on them). */
  loadCatalog(): Promise<Entity[]>;
  /** Where every replica reads and the scheduled run writes the drift. */
  store: DriftStore;
  rulesConfig: SecretsRulesConfig;
  policy: ReconcilePolicy;
  logger: LoggerService;
  /** Per store. */
  timeoutMs: number;
  /** Told of each store's saved run: its findings, and which appeared or were resolved (once across replicas). */
  listeners?: DriftTransitionListener[];
  now?: () => Date;
};

/** The message names what failed; the kind is said first unless it is only `failed`. */
function problemOf(error: unknown): string {
  if (error instanceof SecretStoreReadError)
    return error.kind === 'failed'
      ? error.message
      : `${error.kind}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reconciles every secret store the catalog knows with what the store reports, one store
 * at a time so one store's failure or hang never costs the others, and stores each store's
 * result in the database, where every replica reads it. A store that cannot be read keeps
 * its last good findings, marked unknown: never everything shadow or ghost.
 */
export class StoreDriftService {
  private readonly now: () => Date;
  private firstRun?: Promise<StoreDrift[]>;

  constructor(private readonly options: StoreDriftServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** The stored drift of every store; reconciles once first if nothing was ever stored. */
  async current(): Promise<StoreDrift[]> {
    const stored = await this.options.store.listLatest();
    if (stored.length > 0) return stored;
    this.firstRun ??= this.reconcileAll().finally(() => {
      this.firstRun = undefined;
    });
    return this.firstRun;
  }

  /** The stored drift of one store (after a first run, if nothing was ever stored). */
  async currentOf(store: string): Promise<StoreDrift | undefined> {
    const key = refKey(store);
    return (await this.current()).find(drift => refKey(drift.store) === key);
  }

  /** Every store's daily history over the last `days` days, today included, oldest first. */
  async history(days: number): Promise<DriftHistoryRow[]> {
    await this.current();
    return this.options.store.listHistory(days, this.now());
  }

  /** Reads and stores every store, forgets stores gone from the catalog, prunes the history. */
  async reconcileAll(signal?: AbortSignal): Promise<StoreDrift[]> {
    const { store: db } = this.options;
    const entities = await this.options.loadCatalog();
    const view = buildSecretsCatalogView(entities);
    const stores = entities.filter(isSecretStore);
    const reconciled: string[] = [];
    for (const store of stores) {
      signal?.throwIfAborted();
      const run = await this.reconcileOne(store, view, entities, signal);
      if (!run) continue;
      reconciled.push(run.store);
      await this.save(run, view);
    }
    await db.removeStoresOtherThan(reconciled);
    await db.pruneHistory(DRIFT_HISTORY_DAYS, this.now());
    return db.listLatest();
  }

  private async save(run: StoreDrift, catalog: CatalogView): Promise<void> {
    const { store: db, listeners = [], logger } = this.options;
    const saved = await db.saveRun(run);
    if (run.status !== 'ok' || !saved.written) return;
    const transitions: DriftTransitions = {
      store: run.store,
      checkedAt: run.checkedAt,
      firstRun: !saved.hadFindings,
      findings: saved.drift.findings,
      appeared: saved.appeared,
      resolved: saved.resolved,
      catalog,
    };
    for (const listener of listeners) {
      try {
        await listener.onTransitions(transitions);
      } catch (error) {
        logger.warn(
          `Secrets drift: a transition listener failed for ${
            run.store
          }: ${problemOf(error)}`,
        );
      }
    }
  }

  /** One store's run; `unknown` runs carry no findings (the database keeps the last good ones). */
  private async reconcileOne(
    store: Entity,
    view: ReturnType<typeof buildSecretsCatalogView>,
    entities: Entity[],
    signal?: AbortSignal,
  ): Promise<StoreDrift | undefined> {
    const { rulesConfig, policy, timeoutMs, logger } = this.options;
    const approval = judgeStore(store, rulesConfig);
    const provider = 'provider' in approval ? approval.provider : undefined;
    const reader = provider
      ? this.options.readerFor(provider, entities)
      : undefined;
    if (!provider || !reader) return undefined;
    const ref = stringifyEntityRef(store);
    const checkedAt = this.now();
    const secrets = catalogSecretsOf(store, view, entities);
    try {
      const items = await reader.listItems(
        store,
        requestSignal(timeoutMs, signal),
      );
      const { findings, rotations } = reconcileStore({
        store: ref,
        secrets,
        items,
        policy,
        now: checkedAt,
      });
      const shadows = findings.filter(f => f.kind === 'shadow').length;
      return {
        store: ref,
        provider,
        simulated: Boolean(reader.simulated),
        status: 'ok',
        checkedAt: checkedAt.toISOString(),
        lastGoodAt: checkedAt.toISOString(),
        items: items.length,
        itemsInCatalog: items.filter(i => !i.deletedAt).length - shadows,
        findings,
        rotations,
      };
    } catch (error) {
      signal?.throwIfAborted();
      const problem = problemOf(error);
      logger.warn(`Secrets drift: ${ref} could not be read: ${problem}`);
      return {
        store: ref,
        provider,
        simulated: Boolean(reader.simulated),
        status: 'unknown',
        checkedAt: checkedAt.toISOString(),
        problem,
        findings: [],
      };
    }
  }
}

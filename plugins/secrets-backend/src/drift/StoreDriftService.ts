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
import { catalogSecretsOf } from './catalogSecrets';

export type StoreDriftServiceOptions = {
  /** The reader of a provider: a module's, else a simulated stand-in; undefined when none can read it. */
  readerFor(provider: string): SecretStoreReader | undefined;
  /** The catalog as the secret rules read it (secrets, stores and what depends on them). */
  loadCatalog(): Promise<Entity[]>;
  rulesConfig: SecretsRulesConfig;
  policy: ReconcilePolicy;
  logger: LoggerService;
  /** Per store. */
  timeoutMs: number;
  now?: () => Date;
};

function problemOf(error: unknown): string {
  if (error instanceof SecretStoreReadError)
    return `${error.kind}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reconciles every secret store the catalog knows with what the store reports, one store
 * at a time so one store's failure or hang never costs the others. A store that cannot be
 * read keeps its last good findings, marked unknown: never everything shadow or ghost.
 */
export class StoreDriftService {
  private readonly latest = new Map<string, StoreDrift>();
  private readonly now: () => Date;

  constructor(private readonly options: StoreDriftServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  private firstRun?: Promise<StoreDrift[]>;

  /** The last run's result of every store; runs once first if nothing has run yet. */
  async current(): Promise<StoreDrift[]> {
    if (this.latest.size === 0) {
      this.firstRun ??= this.reconcileAll().finally(() => {
        this.firstRun = undefined;
      });
      await this.firstRun;
    }
    return this.getDrift();
  }

  /** The last run's result of every store, by store ref. */
  getDrift(): StoreDrift[] {
    return [...this.latest.values()].sort((a, b) =>
      a.store.localeCompare(b.store),
    );
  }

  async reconcileAll(signal?: AbortSignal): Promise<StoreDrift[]> {
    const entities = await this.options.loadCatalog();
    const view = buildSecretsCatalogView(entities);
    for (const store of entities.filter(isSecretStore)) {
      signal?.throwIfAborted();
      const drift = await this.reconcileOne(store, view, entities, signal);
      if (drift) this.latest.set(drift.store, drift);
    }
    return this.getDrift();
  }

  private async reconcileOne(
    store: Entity,
    view: ReturnType<typeof buildSecretsCatalogView>,
    entities: Entity[],
    signal?: AbortSignal,
  ): Promise<StoreDrift | undefined> {
    const { rulesConfig, policy, timeoutMs, logger } = this.options;
    const approval = judgeStore(store, rulesConfig);
    const provider = 'provider' in approval ? approval.provider : undefined;
    const reader = provider ? this.options.readerFor(provider) : undefined;
    if (!provider || !reader) return undefined;
    const ref = stringifyEntityRef(store);
    const checkedAt = this.now();
    const secrets = catalogSecretsOf(store, view, entities);
    try {
      const items = await reader.listItems(
        store,
        signal
          ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)])
          : AbortSignal.timeout(timeoutMs),
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
      const lastGood = this.latest.get(ref);
      return {
        store: ref,
        provider,
        simulated: Boolean(reader.simulated),
        status: 'unknown',
        checkedAt: checkedAt.toISOString(),
        problem,
        ...(lastGood?.lastGoodAt ? { lastGoodAt: lastGood.lastGoodAt } : {}),
        ...(lastGood?.items !== undefined
          ? { items: lastGood.items, itemsInCatalog: lastGood.itemsInCatalog }
          : {}),
        findings: lastGood?.findings ?? [],
        ...(lastGood?.rotations ? { rotations: lastGood.rotations } : {}),
      };
    }
  }
}

import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { DriftKind, StoreDrift } from '@stagecraft/plugin-secrets-common';
import {
  firstOfLastDays,
  migratedDatabase,
  utcDay,
} from '@stagecraft/backend-node';
import { Knex } from 'knex';
import { compareFindings } from '../drift/DriftTransitionListener';

const migrationsDir = resolvePackagePath(
  '@stagecraft/plugin-secrets-backend',
  'migrations',
);

const LATEST = 'secrets_store_drift';
const HISTORY = 'secrets_drift_history';

/** Finding kinds and their history columns. */
export const KIND_COLUMNS: Record<DriftKind, string> = {
  shadow: 'shadow',
  ghost: 'ghost',
  'rotation-overdue': 'rotation_overdue',
  'rotation-disabled': 'rotation_disabled',
  unused: 'unused',
  expiring: 'expiring',
};

/** One store's day of history. */
export type DriftHistoryRow = {
  store: string;
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  status: StoreDrift['status'];
  findings: Record<DriftKind, number>;
  items?: number;
  itemsInCatalog?: number;
};

/** What saving one store's run did. */
export type SavedDrift = {
  /** What is stored now: the run, or with `unknown`, the run with the last good findings. */
  drift: StoreDrift;
  /** False when a later run of the store was already stored: nothing was written. */
  written: boolean;
  /** Whether findings of the store were stored before this run. */
  hadFindings: boolean;
  appeared: StoreDrift['findings'];
  resolved: StoreDrift['findings'];
};

/** An `unknown` run keeps the last good findings, coverage and rotations, and when they were read. */
function withLastGood(run: StoreDrift, previous?: StoreDrift): StoreDrift {
  if (run.status === 'ok') return run;
  const {
    findings: _f,
    rotations: _r,
    items: _i,
    itemsInCatalog: _c,
    lastGoodAt: _l,
    ...rest
  } = run;
  return {
    ...rest,
    ...(previous?.lastGoodAt ? { lastGoodAt: previous.lastGoodAt } : {}),
    ...(previous?.items !== undefined
      ? { items: previous.items, itemsInCatalog: previous.itemsInCatalog }
      : {}),
    findings: previous?.findings ?? [],
    ...(previous?.rotations ? { rotations: previous.rotations } : {}),
  };
}

function countByKind(drift: StoreDrift): Record<string, number> {
  const counts = Object.fromEntries(
    Object.values(KIND_COLUMNS).map(column => [column, 0]),
  );
  for (const finding of drift.findings) counts[KIND_COLUMNS[finding.kind]]++;
  return counts;
}

/** The latest drift of each store and its daily history, in the plugin's database. */
export class DriftStore {
  static async create({ database }: { database: DatabaseService }) {
    return new DriftStore(await migratedDatabase(database, migrationsDir));
  }

  constructor(private readonly knex: Knex) {}

  /** SQLite has one writer at a time and no row locks; PostgreSQL locks the store's row. */
  private get locksRows(): boolean {
    const client = String(this.knex.client.config.client);
    return client === 'pg' || client === 'postgres' || client === 'postgresql';
  }

  /**
   * Stores one store's run, its day of history, and compares its findings with the stored
   * ones, in one transaction that holds the store's row: two replicas saving the same store
   * at once are serialised, so the second sees the first's findings and reports no
   * appearance twice. A run older than the stored one writes nothing. An `unknown` run keeps
   * the stored findings (and reports no change).
   */
  async saveRun(run: StoreDrift): Promise<SavedDrift> {
    return this.knex.transaction(async tx => {
      // Make sure the row exists, so that there is a row to lock; another replica's
      // uncommitted first insert makes this wait for it.
      await tx(LATEST)
        .insert({
          store_ref: run.store,
          status: run.status,
          checked_at: new Date(run.checkedAt),
          drift: null,
        })
        .onConflict('store_ref')
        .ignore();
      const query = tx(LATEST).where({ store_ref: run.store }).first('drift');
      const row = await (this.locksRows ? query.forUpdate() : query);
      const previous: StoreDrift | undefined = row?.drift
        ? JSON.parse(row.drift)
        : undefined;
      const hadFindings = Boolean(previous?.lastGoodAt);
      if (
        previous &&
        Date.parse(previous.checkedAt) > Date.parse(run.checkedAt)
      ) {
        return {
          drift: previous,
          written: false,
          hadFindings,
          appeared: [],
          resolved: [],
        };
      }
      const drift = withLastGood(run, previous);
      await tx(LATEST)
        .where({ store_ref: run.store })
        .update({
          status: drift.status,
          checked_at: new Date(drift.checkedAt),
          drift: JSON.stringify(drift),
        });
      if (drift.lastGoodAt) await this.upsertHistory(tx, drift);
      const { appeared, resolved } =
        run.status === 'ok'
          ? compareFindings(previous?.findings ?? [], drift.findings)
          : { appeared: [], resolved: [] };
      return { drift, written: true, hadFindings, appeared, resolved };
    });
  }

  private async upsertHistory(tx: Knex.Transaction, drift: StoreDrift) {
    const checkedAt = new Date(drift.checkedAt);
    await tx(HISTORY)
      .insert({
        store_ref: drift.store,
        day: utcDay(checkedAt),
        status: drift.status,
        ...countByKind(drift),
        items: drift.items ?? null,
        items_in_catalog: drift.itemsInCatalog ?? null,
        checked_at: checkedAt,
      })
      .onConflict(['store_ref', 'day'])
      .merge();
  }

  /** Every stored store's latest drift, by store ref. */
  async listLatest(): Promise<StoreDrift[]> {
    const rows = await this.knex(LATEST)
      .whereNotNull('drift')
      .orderBy('store_ref')
      .select('drift');
    return rows.map((row: { drift: string }) => JSON.parse(row.drift));
  }

  async getLatest(store: string): Promise<StoreDrift | undefined> {
    const row = await this.knex(LATEST)
      .where({ store_ref: store })
      .whereNotNull('drift')
      .first('drift');
    return row ? JSON.parse(row.drift) : undefined;
  }

  /** Forgets the latest drift of stores no longer in the catalog; their history stays until pruned. */
  async removeStoresOtherThan(stores: string[]): Promise<number> {
    const keep = new Set(stores);
    const stored: string[] = (await this.knex(LATEST).select('store_ref')).map(
      (row: { store_ref: string }) => row.store_ref,
    );
    const gone = stored.filter(store => !keep.has(store));
    if (gone.length === 0) return 0;
    return this.knex(LATEST).whereIn('store_ref', gone).delete();
  }

  /** Keeps the history of the last `days` days (today included) and deletes the rest. */
  async pruneHistory(days: number, now: Date = new Date()): Promise<number> {
    return this.knex(HISTORY)
      .where('day', '<', firstOfLastDays(days, now))
      .delete();
  }

  /** History rows of the last `days` days (today included), oldest first. */
  async listHistory(
    days: number,
    now: Date = new Date(),
  ): Promise<DriftHistoryRow[]> {
    const rows = await this.knex(HISTORY)
      .where('day', '>=', firstOfLastDays(days, now))
      .orderBy(['day', 'store_ref']);
    return rows.map((row: any) => ({
      store: row.store_ref,
      day: row.day,
      status: row.status,
      findings: Object.fromEntries(
        Object.entries(KIND_COLUMNS).map(([kind, column]) => [
          kind,
          Number(row[column]),
        ]),
      ) as Record<DriftKind, number>,
      ...(row.items !== null ? { items: Number(row.items) } : {}),
      ...(row.items_in_catalog !== null
        ? { itemsInCatalog: Number(row.items_in_catalog) }
        : {}),
    }));
  }
}

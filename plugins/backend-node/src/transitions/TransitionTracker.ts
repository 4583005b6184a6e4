import { DatabaseService, LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import { ClaimedSends } from '../claims/ClaimedSends';
import {
  claimedRowId,
  OpenedClaimedTable,
  openClaimedTable,
} from '../claims/claimedTable';
import { mapConcurrently } from '../concurrency';
import { TRANSITIONS, TRANSITIONS_TABLE } from './migrations';
import { ObservedState, TransitionSummary } from './types';

type Row = {
  id: string;
  key: string;
  entity_ref: string;
  state: string;
  healthy: boolean | number;
  previous_state: string | null;
  version: number;
  changed_at: Date | string | number;
  observed_at: string | number;
  told_version: number;
  told_state: string | null;
  told_healthy: boolean | number | null;
  claim_token: string | null;
  claim_until: string | number | null;
  attempts: number;
};

/**
 * Options of {@link TransitionTracker}.
 *
 * @public
 */
export type TransitionTrackerOptions = {
  /** The plugin's own database; the tracker adds its table (migration included). */
  database: DatabaseService;
  notifications: NotificationService;
  logger: LoggerService;
  /** A send that has not answered by then counts as failed and is retried; 30 s unless given. */
  sendTimeoutMs?: number;
  /**
   * How long an instance may hold a pending notification while sending it before another
   * may take it over (after a crash); 10 minutes unless given. Keep it well above `sendTimeoutMs`.
   */
  claimMs?: number;
  /** Sends at the same time; 4 unless given. */
  concurrency?: number;
  now?: () => Date;
};

const CHUNK = 200;

const healthyOf = (state: ObservedState) =>
  state.healthy ?? state.state === 'passing';

const asBoolean = (value: boolean | number | null) =>
  value === null ? null : Boolean(value);

/**
 * Whether the owner should hear about a row's current state: it differs from what they
 * were last told, and it is bad, or it is good after they were told something bad. So a
 * first sighting of a bad state notifies, a first sighting of a good one does not (a
 * fresh install does not flood owners with "recovered"), and good to good is silent.
 */
function warrantsNotification(row: Row): boolean {
  if (row.state === row.told_state) return false;
  return !asBoolean(row.healthy) || asBoolean(row.told_healthy) === false;
}

/**
 * Remembers the last state of each observed key in the plugin's database and, when a
 * key's state changes, sends one notification to its owner through the notifications
 * backend — once, however many backend replicas observe the same change.
 *
 * A state change is a compare-and-set on the key's version; the notification for a
 * version is then claimed with a second compare-and-set, and only the instance whose
 * claim won sends it. A send that fails releases the claim and is retried on the next
 * `observe` of the key (by whichever replica observes it first). See the package README.
 *
 * @public
 */
export class TransitionTracker {
  private readonly knex: Knex;
  private readonly now: () => Date;
  private readonly concurrency: number;
  private readonly claims: ClaimedSends;

  /** Creates the tracker on the plugin's database, adding its table unless migrations are skipped. */
  static async create(
    options: TransitionTrackerOptions,
  ): Promise<TransitionTracker> {
    return new TransitionTracker(
      await openClaimedTable(TRANSITIONS, options),
      options,
    );
  }

  private constructor(
    { knex, claims, now }: OpenedClaimedTable,
    private readonly options: TransitionTrackerOptions,
  ) {
    this.knex = knex;
    this.claims = claims;
    this.now = now;
    this.concurrency = options.concurrency ?? 4;
  }

  /**
   * Records the observed states and notifies each owner whose key changed state. Keys
   * not in `states` are left as they are. Never rejects because of a send; rejects only
   * when the database cannot be used.
   */
  async observe(states: ObservedState[]): Promise<TransitionSummary> {
    const byId = new Map<string, ObservedState>();
    for (const state of states) byId.set(claimedRowId(state.key), state);
    const summary: TransitionSummary = {
      observed: byId.size,
      changed: 0,
      sent: 0,
      skipped: 0,
      failed: 0,
      claimedElsewhere: 0,
    };
    const ids = [...byId.keys()];

    const before = await this.rowsOf(ids);
    const unchanged = new Map<number, string[]>();
    for (const [id, state] of byId) {
      const row = before.get(id);
      if (
        row &&
        row.state === state.state &&
        asBoolean(row.healthy) === healthyOf(state)
      ) {
        const at = this.observedAtOf(state);
        unchanged.set(at, [...(unchanged.get(at) ?? []), id]);
      } else if (await this.record(id, state, row)) {
        summary.changed += 1;
      }
    }
    await this.touch(unchanged);

    const pending = [...(await this.rowsOf(ids)).values()].filter(
      row =>
        row.told_version < row.version && row.state === byId.get(row.id)?.state,
    );
    await mapConcurrently(pending, this.concurrency, async row => {
      const outcome = await this.deliver(row, byId.get(row.id)!);
      summary[outcome] += 1;
    });
    return summary;
  }

  private observedAtOf(state: ObservedState): number {
    return (state.observedAt ?? this.now()).getTime();
  }

  /** Moves the newest observation time forward for keys whose state held. */
  private async touch(idsByTime: Map<number, string[]>): Promise<void> {
    for (const [at, ids] of idsByTime) {
      for (let i = 0; i < ids.length; i += CHUNK) {
        await this.knex(TRANSITIONS_TABLE)
          .whereIn('id', ids.slice(i, i + CHUNK))
          .andWhere('observed_at', '<', at)
          .update({ observed_at: at });
      }
    }
  }

  private async rowsOf(ids: string[]): Promise<Map<string, Row>> {
    const rows = new Map<string, Row>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = await this.knex<Row>(TRANSITIONS_TABLE).whereIn(
        'id',
        ids.slice(i, i + CHUNK),
      );
      for (const row of chunk) rows.set(row.id, row);
    }
    return rows;
  }

  /** Writes a first sighting or a state change; true when this instance's write won. */
  private async record(
    id: string,
    state: ObservedState,
    row: Row | undefined,
  ): Promise<boolean> {
    const healthy = healthyOf(state);
    const observedAt = this.observedAtOf(state);
    if (!row) {
      const inserted = await this.knex(TRANSITIONS_TABLE)
        .insert({
          id,
          key: state.key,
          entity_ref: state.entityRef,
          state: state.state,
          healthy,
          version: 1,
          changed_at: this.now(),
          observed_at: observedAt,
          told_version: 0,
          attempts: 0,
        })
        .onConflict('id')
        .ignore()
        .returning('id');
      if (inserted.length > 0) return true;
      // Another instance saw it first; compare with what it recorded.
      const [current] = await this.knex<Row>(TRANSITIONS_TABLE).where({ id });
      return current ? this.record(id, state, current) : false;
    }
    if (row.state === state.state && asBoolean(row.healthy) === healthy) {
      return false;
    }
    // Compare-and-set on the version; an observation older than the newest recorded loses.
    const updated = await this.knex(TRANSITIONS_TABLE)
      .where({ id, version: row.version })
      .andWhere('observed_at', '<=', observedAt)
      .update({
        observed_at: observedAt,
        state: state.state,
        healthy,
        previous_state: row.state,
        entity_ref: state.entityRef,
        version: row.version + 1,
        changed_at: this.now(),
      });
    return updated === 1;
  }

  /** Claims the row's pending notification and sends it, or finds it needs none. */
  private async deliver(
    row: Row,
    state: ObservedState,
  ): Promise<'sent' | 'skipped' | 'failed' | 'claimedElsewhere'> {
    const { logger, notifications } = this.options;
    const token = await this.claims.claim(q =>
      q
        .where({ id: row.id, version: row.version })
        .andWhere('told_version', '<', row.version),
    );
    if (!token) return 'claimedElsewhere';

    // Read again under the claim: what the owner was last told may have changed meanwhile.
    const [current] = await this.knex<Row>(TRANSITIONS_TABLE).where({
      id: row.id,
    });
    const told = {
      told_version: row.version,
      told_state: row.state,
      told_healthy: asBoolean(row.healthy),
    };
    // Decide for the version claimed, even if a newer state has been recorded since.
    const warranted = warrantsNotification({
      ...current,
      state: row.state,
      healthy: row.healthy,
    });
    if (!warranted || !state.ownerRef) {
      if (warranted) {
        logger.debug(
          `No owner to notify of ${state.key} (${state.entityRef}) turning ${state.state}`,
        );
      }
      await this.claims.release(token, told);
      return 'skipped';
    }

    const ownerRef = state.ownerRef;
    const outcome = await this.claims.send(
      token,
      () =>
        notifications.send({
          recipients: { type: 'entity', entityRef: ownerRef },
          payload: {
            title: state.title,
            description: state.description,
            link: state.link,
            severity: state.severity,
            topic: state.topic,
            scope: state.key,
          },
        }),
      { ...told, told_at: this.now(), attempts: 0, last_error: null },
    );
    if (!outcome.sent) {
      logger.warn(
        `Notifying ${ownerRef} of ${state.key} (${state.entityRef}) turning ${state.state} failed; it is retried on the next cycle: ${outcome.error}`,
      );
      return 'failed';
    }
    if (!outcome.recorded) {
      logger.warn(
        `The notification of ${state.key} turning ${state.state} was sent after its claim had expired; raise claimMs above the send time`,
      );
    }
    return 'sent';
  }
}

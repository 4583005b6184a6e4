import { randomUUID } from 'crypto';
import { DatabaseService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import {
  effectiveState,
  Exemption,
  ExemptionEvent,
  ExemptionEventAction,
  ExemptionFilter,
  ExemptionRequestInput,
  ExemptionState,
  ExemptionWithHistory,
} from '@stagecraft/plugin-readiness-common';
import { Knex } from 'knex';
import type { ExemptionPeriod } from '../service/summarizeResults';
import { readinessDatabase } from './readinessDatabase';

const EXEMPTIONS = 'readiness_exemptions';
const EVENTS = 'readiness_exemption_events';

type Time = Date | string | number;

type ExemptionRow = {
  id: string;
  entity_ref: string;
  check_id: string;
  reason: string;
  expires_at: Time;
  state: ExemptionState;
  open_key: string | null;
  requested_by: string;
  requested_at: Time;
  decided_by: string | null;
  decided_at: Time | null;
  decision_comment: string | null;
  reminded_at: Time | null;
};

type EventRow = {
  exemption_id: string;
  action: ExemptionEventAction;
  at: Time;
  actor: string | null;
  comment: string | null;
};

const iso = (value: Time) => new Date(value).toISOString();

const openKeyOf = (entityRef: string, checkId: string) =>
  `${entityRef} ${checkId}`;

function toExemption(row: ExemptionRow, now: Date): Exemption {
  const expiresAt = iso(row.expires_at);
  return {
    id: row.id,
    entityRef: row.entity_ref,
    checkId: row.check_id,
    reason: row.reason,
    expiresAt,
    state: effectiveState({ state: row.state, expiresAt }, now),
    requestedBy: row.requested_by,
    requestedAt: iso(row.requested_at),
    ...(row.decided_by ? { decidedBy: row.decided_by } : {}),
    ...(row.decided_at ? { decidedAt: iso(row.decided_at) } : {}),
    ...(row.decision_comment ? { decisionComment: row.decision_comment } : {}),
  };
}

function toEvent(row: EventRow): ExemptionEvent {
  return {
    action: row.action,
    at: iso(row.at),
    ...(row.actor ? { actor: row.actor } : {}),
    ...(row.comment ? { comment: row.comment } : {}),
  };
}

/** One step taken on an exemption: who (absent for the scheduler), when, and a comment. */
export type ExemptionStep = { actor?: string; comment?: string; now: Date };

/**
 * What else to write with a change of an exemption, in its transaction (such as the
 * notification that tells of it): when it rejects, the change is not recorded either.
 */
export type AlsoInTransaction = (
  tx: Knex.Transaction,
  changed: Exemption,
) => Promise<void>;

/**
 * Exemptions and their audit trail in the readiness plugin's database. Every change is a
 * compare-and-set on the exemption's state written with its audit event in one
 * transaction, so of two replicas (or two approvers) taking the same step only one wins.
 * States read back are effective ones: an approved exemption past its expiry is `expired`.
 */
export class ExemptionStore {
  static async create(options: { database: DatabaseService }) {
    return new ExemptionStore(await readinessDatabase(options.database));
  }

  constructor(private readonly knex: Knex) {}

  private async appendEvent(
    tx: Knex.Transaction,
    id: string,
    action: ExemptionEventAction,
    step: ExemptionStep,
  ): Promise<void> {
    await tx(EVENTS).insert({
      exemption_id: id,
      action,
      at: step.now,
      actor: step.actor ?? null,
      comment: step.comment ?? null,
    });
  }

  /** Runs `also` with the exemption as `step` left it, in the transaction of the step. */
  private async alsoWith(
    tx: Knex.Transaction,
    id: string,
    now: Date,
    also: AlsoInTransaction | undefined,
  ): Promise<void> {
    if (!also) return;
    const row = await tx<ExemptionRow>(EXEMPTIONS).where({ id }).first();
    await also(tx, toExemption(row!, now));
  }

  /**
   * Records a request. An approved exemption of the same entity and check that has passed
   * its expiry is recorded expired first; one still requested or approved is a conflict.
   */
  async request(
    input: ExemptionRequestInput,
    step: ExemptionStep & { actor: string },
  ): Promise<ExemptionWithHistory> {
    const id = randomUUID();
    const openKey = openKeyOf(input.entityRef, input.checkId);
    try {
      await this.knex.transaction(async tx => {
        const lapsed = await tx<ExemptionRow>(EXEMPTIONS)
          .where({ open_key: openKey, state: 'approved' })
          .andWhere('expires_at', '<=', step.now)
          .select('id');
        for (const { id: lapsedId } of lapsed) {
          await this.expireOne(tx, lapsedId, step.now);
        }
        await tx(EXEMPTIONS).insert({
          id,
          entity_ref: input.entityRef,
          check_id: input.checkId,
          reason: input.reason,
          expires_at: new Date(input.expiresAt),
          state: 'requested',
          open_key: openKey,
          requested_by: step.actor,
          requested_at: step.now,
        });
        await this.appendEvent(tx, id, 'requested', step);
      });
    } catch (error) {
      const open = await this.knex<ExemptionRow>(EXEMPTIONS)
        .where({ open_key: openKey })
        .first();
      if (open) {
        throw new ConflictError(
          `${input.entityRef} already has an exemption from ${input.checkId} that is ${open.state} (${open.id}); withdraw it first`,
        );
      }
      throw error;
    }
    return (await this.get(id, step.now))!;
  }

  async get(id: string, now: Date): Promise<ExemptionWithHistory | undefined> {
    const row = await this.knex<ExemptionRow>(EXEMPTIONS).where({ id }).first();
    if (!row) return undefined;
    const events = await this.knex<EventRow>(EVENTS)
      .where({ exemption_id: id })
      .orderBy('id', 'asc');
    return { ...toExemption(row, now), events: events.map(toEvent) };
  }

  /** Exemptions matching the filter (by effective state), newest request first. */
  async list(filter: ExemptionFilter, now: Date): Promise<Exemption[]> {
    const query = this.knex<ExemptionRow>(EXEMPTIONS);
    if (filter.entityRef) query.where({ entity_ref: filter.entityRef });
    if (filter.checkId) query.where({ check_id: filter.checkId });
    if (filter.state === 'approved') {
      query.where({ state: 'approved' }).andWhere('expires_at', '>', now);
    } else if (filter.state === 'expired') {
      query.where(q =>
        q
          .where({ state: 'expired' })
          .orWhere(approved =>
            approved
              .where({ state: 'approved' })
              .andWhere('expires_at', '<=', now),
          ),
      );
    } else if (filter.state) {
      query.where({ state: filter.state });
    }
    const rows = await query.orderBy([
      { column: 'requested_at', order: 'desc' },
      { column: 'id', order: 'asc' },
    ]);
    return rows.map(row => toExemption(row, now));
  }

  /** Approved exemptions not expired at `now`: those that let checks off. */
  listActive(now: Date): Promise<Exemption[]> {
    return this.list({ state: 'approved' }, now);
  }

  /**
   * When approved exemptions let their checks off, of those that did at some time since
   * `since`: from the approval until the expiry, or the withdrawal when that came first.
   */
  async listPeriodsSince(since: Date): Promise<ExemptionPeriod[]> {
    const rows = await this.knex(`${EXEMPTIONS} as e`)
      .leftJoin(`${EVENTS} as w`, join =>
        join
          .on('w.exemption_id', '=', 'e.id')
          .andOnVal('w.action', '=', 'withdrawn'),
      )
      .whereIn('e.state', ['approved', 'expired', 'withdrawn'])
      .whereNotNull('e.decided_at')
      .andWhere('e.expires_at', '>', since)
      .select(
        'e.entity_ref',
        'e.check_id',
        'e.decided_at',
        'e.expires_at',
        'w.at as withdrawn_at',
      );
    return rows
      .map(row => {
        const expiresAt = new Date(row.expires_at);
        const withdrawnAt = row.withdrawn_at && new Date(row.withdrawn_at);
        return {
          entityRef: row.entity_ref,
          checkId: row.check_id,
          from: new Date(row.decided_at),
          until:
            withdrawnAt && withdrawnAt < expiresAt ? withdrawnAt : expiresAt,
        };
      })
      .filter(period => period.until > since);
  }

  /**
   * Moves the exemption from one of `from` to `to`, with its audit event; false when its
   * state was no longer one of `from` (another step won), or an approved one had expired.
   * `also` is written in the same transaction, only when this call moved it.
   */
  async transition(
    id: string,
    from: ExemptionState[],
    to: 'approved' | 'denied' | 'withdrawn',
    step: ExemptionStep,
    also?: AlsoInTransaction,
  ): Promise<boolean> {
    return this.knex.transaction(async tx => {
      const decision =
        to === 'withdrawn'
          ? {}
          : {
              decided_by: step.actor ?? null,
              decided_at: step.now,
              decision_comment: step.comment ?? null,
            };
      const updated = await tx(EXEMPTIONS)
        .where({ id })
        .whereIn('state', from)
        .andWhere(q =>
          q
            .whereNot({ state: 'approved' })
            .orWhere('expires_at', '>', step.now),
        )
        .update({
          state: to,
          ...(to === 'approved' ? {} : { open_key: null }),
          ...decision,
        });
      if (updated !== 1) return false;
      await this.appendEvent(tx, id, to, step);
      await this.alsoWith(tx, id, step.now, also);
      return true;
    });
  }

  private async expireOne(
    tx: Knex.Transaction,
    id: string,
    now: Date,
  ): Promise<boolean> {
    const updated = await tx(EXEMPTIONS)
      .where({ id, state: 'approved' })
      .andWhere('expires_at', '<=', now)
      .update({ state: 'expired', open_key: null });
    if (updated !== 1) return false;
    await this.appendEvent(tx, id, 'expired', { now });
    return true;
  }

  /** Approved exemptions past their expiry at `now`, not recorded expired yet. */
  async lapsed(now: Date): Promise<Exemption[]> {
    const rows = await this.knex<ExemptionRow>(EXEMPTIONS)
      .where({ state: 'approved' })
      .andWhere('expires_at', '<=', now);
    return rows.map(row => toExemption(row, now));
  }

  /**
   * Records a lapsed exemption expired, with `also` in the same transaction; true only for
   * the one call that recorded it.
   */
  async expire(
    id: string,
    now: Date,
    also?: AlsoInTransaction,
  ): Promise<boolean> {
    return this.knex.transaction(async tx => {
      if (!(await this.expireOne(tx, id, now))) return false;
      await this.alsoWith(tx, id, now, also);
      return true;
    });
  }

  /**
   * Records approved exemptions past their expiry as expired; answers those this call
   * recorded (another replica's sweep may have recorded the rest).
   */
  async expireLapsed(now: Date): Promise<Exemption[]> {
    const expired: Exemption[] = [];
    for (const exemption of await this.lapsed(now)) {
      if (await this.expire(exemption.id, now)) expired.push(exemption);
    }
    return expired;
  }

  /** Approved exemptions expiring within `days` of `now` whose owner has not been told yet. */
  async dueForReminder(now: Date, days: number): Promise<Exemption[]> {
    const rows = await this.knex<ExemptionRow>(EXEMPTIONS)
      .where({ state: 'approved' })
      .whereNull('reminded_at')
      .andWhere('expires_at', '>', now)
      .andWhere(
        'expires_at',
        '<=',
        new Date(now.getTime() + days * 86_400_000),
      );
    return rows.map(row => toExemption(row, now));
  }

  /**
   * Records the reminder of an exemption, with `also` in the same transaction; true only
   * for the one call that recorded it.
   */
  async markReminded(
    id: string,
    now: Date,
    also?: AlsoInTransaction,
  ): Promise<boolean> {
    return this.knex.transaction(async tx => {
      const updated = await tx(EXEMPTIONS)
        .where({ id, state: 'approved' })
        .whereNull('reminded_at')
        .update({ reminded_at: now });
      if (updated !== 1) return false;
      await this.appendEvent(tx, id, 'reminded', { now });
      await this.alsoWith(tx, id, now, also);
      return true;
    });
  }
}

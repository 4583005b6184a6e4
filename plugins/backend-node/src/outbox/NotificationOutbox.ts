import { DatabaseService, LoggerService } from '@backstage/backend-plugin-api';
import {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import { ClaimedSends } from '../claims/ClaimedSends';
import {
  claimedRowId,
  OpenedClaimedTable,
  openClaimedTable,
} from '../claims/claimedTable';
import { mapConcurrently } from '../concurrency';
import { messageOf } from '../errors';
import { OUTBOX, OUTBOX_TABLE } from './migrations';

type Row = {
  id: string;
  key: string;
  notification: string;
  attempts: number;
};

/**
 * Options of {@link NotificationOutbox}.
 *
 * @public
 */
export type NotificationOutboxOptions = {
  /** The plugin's own database; the outbox adds its table (migration included). */
  database: DatabaseService;
  notifications: NotificationService;
  logger: LoggerService;
  /** A send that has not answered by then counts as a failed attempt; 30 s unless given. */
  sendTimeoutMs?: number;
  /**
   * How long an instance may hold a notification while sending it before another may
   * take it over (after a crash); 10 minutes unless given. Keep it well above `sendTimeoutMs`.
   */
  claimMs?: number;
  /** Attempts per notification before it is given up (and logged as an error); 5 unless given. */
  maxAttempts?: number;
  /** Sends at the same time in one `deliverPending`; 4 unless given. */
  concurrency?: number;
  /** Sent notifications are forgotten after this many days; 30 unless given. */
  keepSentDays?: number;
  now?: () => Date;
};

/**
 * What one `deliverPending` call did.
 *
 * @public
 */
export type OutboxSummary = {
  /** Notifications this instance sent. */
  sent: number;
  /** Sends that failed or timed out; retried by a later pass while attempts are left. */
  failed: number;
  /** Pending notifications another instance was sending at the time. */
  claimedElsewhere: number;
};

const CHUNK = 200;

/** Whether the outermost transaction around `transaction` committed; true without one. */
async function committed(transaction?: Knex.Transaction): Promise<boolean> {
  let outermost = transaction;
  while (outermost?.parentTransaction) {
    outermost = outermost.parentTransaction;
  }
  if (!outermost) return true;
  return outermost.executionPromise.then(
    () => true,
    () => false,
  );
}

/**
 * Notifications that must not be lost: each is recorded in the plugin's database under a
 * key before it is sent, then sent once, however many backend replicas try, and retried
 * when the send fails or hangs, up to `maxAttempts`. `enqueue` tries the send at once, in
 * the background, so the caller does not wait for the notifications backend; a scheduled
 * `deliverPending` retries what is still unsent. Sends are claimed the way
 * {@link TransitionTracker} claims its own; see the package README.
 *
 * @public
 */
export class NotificationOutbox {
  private readonly knex: Knex;
  private readonly now: () => Date;
  private readonly maxAttempts: number;
  private readonly concurrency: number;
  private readonly keepSentDays: number;
  private readonly claims: ClaimedSends;
  private readonly inFlight = new Set<Promise<void>>();

  /** Creates the outbox on the plugin's database, adding its table unless migrations are skipped. */
  static async create(
    options: NotificationOutboxOptions,
  ): Promise<NotificationOutbox> {
    return new NotificationOutbox(
      await openClaimedTable(OUTBOX, options),
      options,
    );
  }

  private constructor(
    { knex, claims, now }: OpenedClaimedTable,
    private readonly options: NotificationOutboxOptions,
  ) {
    this.knex = knex;
    this.claims = claims;
    this.now = now;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.concurrency = options.concurrency ?? 4;
    this.keepSentDays = options.keepSentDays ?? 30;
  }

  /**
   * Records the notification and starts sending it in the background. A key recorded
   * before (by this or another replica) is the same notification and is not sent again.
   * Resolves once it is recorded; rejects only when the database cannot be used.
   *
   * Given a `transaction` on the plugin's database, the notification is recorded in it, so
   * it is kept exactly when the change it tells of is: it is sent once the outermost
   * transaction commits, and never when it rolls back.
   */
  async enqueue(
    key: string,
    notification: NotificationSendOptions,
    options: { transaction?: Knex.Transaction } = {},
  ) {
    const id = claimedRowId(key);
    await (options.transaction ?? this.knex)(OUTBOX_TABLE)
      .insert({
        id,
        key,
        notification: JSON.stringify(notification),
        created_at: this.now(),
        attempts: 0,
      })
      .onConflict('id')
      .ignore();
    this.inBackground(id, key, options.transaction);
  }

  /**
   * Sends every recorded notification not sent yet with attempts left, and forgets those
   * sent more than `keepSentDays` ago. What a scheduled task calls; never rejects
   * because of a send, only when the database cannot be used.
   */
  async deliverPending(): Promise<OutboxSummary> {
    await this.knex(OUTBOX_TABLE)
      .where(
        'sent_at',
        '<',
        new Date(this.now().getTime() - this.keepSentDays * 86_400_000),
      )
      .delete();
    const nowMs = this.now().getTime();
    const pending = await this.knex<Row>(OUTBOX_TABLE)
      .select('id', 'key')
      .whereNull('sent_at')
      .andWhere('attempts', '<', this.maxAttempts)
      .andWhere(q =>
        q.whereNull('claim_token').orWhere('claim_until', '<', nowMs),
      )
      .orderBy('created_at')
      .limit(CHUNK);
    const summary: OutboxSummary = { sent: 0, failed: 0, claimedElsewhere: 0 };
    await mapConcurrently(pending, this.concurrency, async row => {
      summary[await this.deliver(row.id, row.key)] += 1;
    });
    return summary;
  }

  /** Resolves once the sends `enqueue` started on this instance have finished. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) {
      await Promise.all([...this.inFlight]);
    }
  }

  private inBackground(
    id: string,
    key: string,
    transaction?: Knex.Transaction,
  ) {
    const attempt = committed(transaction)
      .then(isCommitted => (isCommitted ? this.deliver(id, key) : undefined))
      .then(() => {})
      .catch(error =>
        this.options.logger.warn(
          `Sending notification ${key} failed; it is retried later: ${messageOf(
            error,
          )}`,
        ),
      )
      .finally(() => this.inFlight.delete(attempt));
    this.inFlight.add(attempt);
  }

  /** Claims the notification and sends it. */
  private async deliver(
    id: string,
    key: string,
  ): Promise<'sent' | 'failed' | 'claimedElsewhere'> {
    const { logger, notifications } = this.options;
    const token = await this.claims.claim(q =>
      q
        .where({ id })
        .whereNull('sent_at')
        .andWhere('attempts', '<', this.maxAttempts),
    );
    if (!token) return 'claimedElsewhere';
    const [row] = await this.knex<Row>(OUTBOX_TABLE).where({ id });
    const outcome = await this.claims.send(
      token,
      () => notifications.send(JSON.parse(row.notification)),
      { sent_at: this.now(), attempts: row.attempts + 1, last_error: null },
    );
    if (!outcome.sent) {
      const attempts = row.attempts + 1;
      if (attempts >= this.maxAttempts) {
        logger.error(
          `Sending notification ${key} failed ${attempts} times; given up: ${outcome.error}`,
        );
      } else {
        logger.warn(
          `Sending notification ${key} failed (attempt ${attempts} of ${this.maxAttempts}); it is retried later: ${outcome.error}`,
        );
      }
      return 'failed';
    }
    if (!outcome.recorded) {
      logger.warn(
        `Notification ${key} was sent after its claim had expired; raise claimMs above the send time`,
      );
    }
    return 'sent';
  }
}

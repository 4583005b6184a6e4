import { randomUUID } from 'crypto';
import { Knex } from 'knex';
import { messageOf } from '../errors';

/** What one claimed send did: sent (and whether the claim still held to record it), or failed. */
export type ClaimedSendOutcome =
  | { sent: true; recorded: boolean }
  | { sent: false; error: string };

export type ClaimedSendsOptions = {
  now: () => Date;
  /** How long a claim holds before another instance may take it over (after a crash). */
  claimMs: number;
  /** A send that has not answered by then counts as failed. */
  sendTimeoutMs: number;
};

function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  what: string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} timed out after ${ms} ms`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Sends something at most once across replicas, for rows of a table with the columns
 * `claim_token` (string), `claim_until` (epoch ms), `attempts` (integer) and `last_error`
 * (text). An instance claims a row with a compare-and-set; only the winner sends, under
 * a time limit; a failed send counts an attempt and drops the claim so that a later pass
 * retries it, and a claim left by a crashed instance can be taken over once it expires.
 */
export class ClaimedSends {
  constructor(
    private readonly knex: Knex,
    private readonly table: string,
    private readonly options: ClaimedSendsOptions,
  ) {}

  /**
   * Claims the one row `where` selects, unless another instance holds an unexpired claim
   * on it: the claim's token, or undefined when the row is not there to claim.
   */
  async claim(
    where: (query: Knex.QueryBuilder) => void,
  ): Promise<string | undefined> {
    const token = randomUUID();
    const nowMs = this.options.now().getTime();
    const claimed = await this.knex(this.table)
      .where(where)
      .andWhere(q =>
        q.whereNull('claim_token').orWhere('claim_until', '<', nowMs),
      )
      .update({
        claim_token: token,
        claim_until: nowMs + this.options.claimMs,
      });
    return claimed === 1 ? token : undefined;
  }

  /** Updates the row and drops the claim, if this instance still holds it. */
  async release(
    token: string,
    values: Record<string, unknown>,
  ): Promise<boolean> {
    const updated = await this.knex(this.table)
      .where({ claim_token: token })
      .update({ ...values, claim_token: null, claim_until: null });
    return updated === 1;
  }

  /**
   * Runs `send` under the claim `token`. When it succeeds, records `sentValues`; when it
   * fails or does not answer in time, counts the attempt and keeps the error. Drops the
   * claim either way; never rejects because of the send.
   */
  async send(
    token: string,
    send: () => Promise<unknown>,
    sentValues: Record<string, unknown>,
  ): Promise<ClaimedSendOutcome> {
    try {
      await withTimeout(
        send(),
        this.options.sendTimeoutMs,
        'Sending the notification',
      );
    } catch (error) {
      const message = messageOf(error);
      await this.release(token, {
        attempts: this.knex.raw('attempts + 1'),
        last_error: message.slice(0, 1000),
      });
      return { sent: false, error: message };
    }
    return { sent: true, recorded: await this.release(token, sentValues) };
  }
}

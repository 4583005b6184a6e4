import { DatabaseService } from '@backstage/backend-plugin-api';
import { ResultFilter } from '@stagecraft/plugin-readiness-common';
import { Knex } from 'knex';
import { HistoryRow } from '../service/summarizeResults';
import { utcDay } from './ReadinessStore';

/**
 * Reads history rows one by one (not aggregated), so that a trend can be
 * computed over the entities a caller may read. The tables and their
 * migrations belong to `ReadinessStore`.
 */
export class ReadinessHistoryReader {
  static async create(options: {
    database: DatabaseService;
  }): Promise<ReadinessHistoryReader> {
    return new ReadinessHistoryReader(await options.database.getClient());
  }

  constructor(private readonly knex: Knex) {}

  /** History of the last `days` days (today included), oldest first. */
  async listHistory(
    filter: Omit<ResultFilter, 'failingOnly'> & { days: number },
    now: Date = new Date(),
  ): Promise<HistoryRow[]> {
    const since = utcDay(
      new Date(now.getTime() - (filter.days - 1) * 86_400_000),
    );
    const query = this.knex('readiness_history')
      .select('entity_ref', 'day', 'status', 'score')
      .where('day', '>=', since);
    for (const field of ['owner', 'system', 'domain', 'kind'] as const) {
      if (filter[field]) {
        query.where(field, filter[field]!);
      }
    }
    if (filter.checkId) {
      query.where('failing_checks', 'like', `%,${filter.checkId},%`);
    }
    const rows = await query.orderBy(['day', 'entity_ref']);
    return rows.map((row: any) => ({
      entityRef: row.entity_ref,
      day: row.day,
      status: row.status,
      score: Number(row.score),
    }));
  }
}

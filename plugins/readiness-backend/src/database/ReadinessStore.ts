import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import {
  EntityReadiness,
  ReadinessStatus,
  ResultFilter,
  RunRecord,
  SummaryGroupBy,
  SummaryRow,
  TrendPoint,
} from '@stagecraft/plugin-readiness-common';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@stagecraft/plugin-readiness-backend',
  'migrations',
);

type ResultRow = {
  entity_ref: string;
  kind: string;
  type: string | null;
  lifecycle: string | null;
  owner: string | null;
  system: string | null;
  domain: string | null;
  status: ReadinessStatus;
  score: number;
  failing_checks: string;
  result: string;
  evaluated_at: Date | string | number;
};

const CHUNK = 200;

function toIso(value: Date | string | number | null | undefined) {
  if (value === null || value === undefined) return undefined;
  return new Date(value).toISOString();
}

/** `,a,b,` so that one id can be matched with LIKE '%,a,%'. */
function failingChecksOf(result: EntityReadiness): string {
  const ids = result.checks
    .filter(check => check.status !== 'pass')
    .map(check => check.checkId);
  if (result.error) ids.push('evaluation');
  return ids.length > 0 ? `,${ids.join(',')},` : '';
}

export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Current results, their daily history and the run log, in the plugin's database. */
export class ReadinessStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<ReadinessStore> {
    const knex = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await knex.migrate.latest({ directory: migrationsDir });
    }
    return new ReadinessStore(knex);
  }

  constructor(private readonly knex: Knex) {}

  /**
   * Stores each entity's result and today's history row, except where the stored one was
   * evaluated later: an older evaluation never overwrites a newer one.
   */
  async saveResults(results: EntityReadiness[]): Promise<void> {
    await this.knex.transaction(tx => this.upsertNewer(tx, results));
  }

  /**
   * Saves a whole-catalog run and drops the results it did not re-evaluate (entities gone
   * from the catalog), in one transaction. A run started before another run that has
   * already saved writes and deletes nothing: it returns false.
   */
  async saveRun(
    run: { id: number; startedAt: Date },
    results: EntityReadiness[],
  ): Promise<boolean> {
    return this.knex.transaction(async tx => {
      const newer = await tx('readiness_runs')
        .where('started_at', '>', run.startedAt)
        .whereNotNull('saved_at')
        .first('id');
      if (newer) return false;
      await this.upsertNewer(tx, results);
      await tx('readiness_results')
        .where('evaluated_at', '<', run.startedAt)
        .delete();
      await tx('readiness_runs')
        .where({ id: run.id })
        .update({ saved_at: new Date() });
      return true;
    });
  }

  private async upsertNewer(
    tx: Knex.Transaction,
    results: EntityReadiness[],
  ): Promise<void> {
    for (let i = 0; i < results.length; i += CHUNK) {
      const chunk = results.slice(i, i + CHUNK);
      const current = chunk.map(result => ({
        entity_ref: result.entityRef,
        kind: result.kind,
        type: result.type ?? null,
        lifecycle: result.lifecycle ?? null,
        owner: result.owner ?? null,
        system: result.system ?? null,
        domain: result.domain ?? null,
        status: result.status,
        score: result.score,
        failing_checks: failingChecksOf(result),
        result: JSON.stringify(result),
        evaluated_at: new Date(result.evaluatedAt),
      }));
      await tx('readiness_results')
        .insert(current)
        .onConflict('entity_ref')
        .merge()
        .where(
          'readiness_results.evaluated_at',
          '<=',
          tx.ref('excluded.evaluated_at'),
        );
      await tx('readiness_history')
        .insert(
          current.map(row => ({
            entity_ref: row.entity_ref,
            day: utcDay(row.evaluated_at),
            kind: row.kind,
            owner: row.owner,
            system: row.system,
            domain: row.domain,
            status: row.status,
            score: row.score,
            failing_checks: row.failing_checks,
            evaluated_at: row.evaluated_at,
          })),
        )
        .onConflict(['entity_ref', 'day'])
        .merge()
        .where(
          'readiness_history.evaluated_at',
          '<=',
          tx.ref('excluded.evaluated_at'),
        );
    }
  }

  /** Drops current results not re-evaluated since `time`: entities gone from the catalog. History stays. */
  async removeResultsEvaluatedBefore(time: Date): Promise<number> {
    return this.knex('readiness_results')
      .where('evaluated_at', '<', time)
      .delete();
  }

  /** Keeps the history of the last `days` days (today included) and deletes the rest. */
  async pruneHistory(days: number, now: Date = new Date()): Promise<number> {
    const cutoff = utcDay(new Date(now.getTime() - (days - 1) * 86_400_000));
    return this.knex('readiness_history').where('day', '<', cutoff).delete();
  }

  async getResult(entityRef: string): Promise<EntityReadiness | undefined> {
    const row = await this.knex<ResultRow>('readiness_results')
      .where({ entity_ref: entityRef })
      .first();
    return row ? JSON.parse(row.result) : undefined;
  }

  private applyFilter(query: Knex.QueryBuilder, filter: ResultFilter) {
    for (const field of ['owner', 'system', 'domain', 'kind'] as const) {
      if (filter[field]) {
        query.where(field, filter[field]!);
      }
    }
    if (filter.failingOnly) {
      query.whereNot('status', 'pass');
    }
    if (filter.checkId) {
      query.where('failing_checks', 'like', `%,${filter.checkId},%`);
    }
    return query;
  }

  /** Current results, worst first. */
  async listResults(filter: ResultFilter = {}): Promise<EntityReadiness[]> {
    const rows = await this.applyFilter(
      this.knex('readiness_results').select('result'),
      filter,
    ).orderBy([
      { column: 'score', order: 'asc' },
      { column: 'entity_ref', order: 'asc' },
    ]);
    return rows.map((row: Pick<ResultRow, 'result'>) => JSON.parse(row.result));
  }

  async summarize(
    groupBy: SummaryGroupBy,
    filter: ResultFilter = {},
  ): Promise<SummaryRow[]> {
    const rows: Array<
      Pick<ResultRow, 'status' | 'score' | 'failing_checks'> & {
        group_key: string | null;
      }
    > = await this.applyFilter(
      this.knex('readiness_results').select(
        `${groupBy} as group_key`,
        'status',
        'score',
        'failing_checks',
      ),
      filter,
    );
    const groups = new Map<
      string | null,
      SummaryRow & { totalScore: number }
    >();
    for (const row of rows) {
      const key = row.group_key ?? null;
      let group = groups.get(key);
      if (!group) {
        group = {
          key,
          entities: 0,
          passing: 0,
          failing: 0,
          averageScore: 0,
          failingChecks: {},
          totalScore: 0,
        };
        groups.set(key, group);
      }
      group.entities += 1;
      group.totalScore += Number(row.score);
      if (row.status === 'pass') {
        group.passing += 1;
      } else {
        group.failing += 1;
      }
      for (const id of row.failing_checks.split(',').filter(Boolean)) {
        group.failingChecks[id] = (group.failingChecks[id] ?? 0) + 1;
      }
    }
    return [...groups.values()]
      .map(({ totalScore, ...group }) => ({
        ...group,
        averageScore: Math.round(totalScore / group.entities),
      }))
      .sort(
        (a, b) =>
          a.averageScore - b.averageScore ||
          String(a.key).localeCompare(String(b.key)),
      );
  }

  /** Daily readiness over the last `days` days, from history. */
  async trend(
    filter: Omit<ResultFilter, 'failingOnly'> & { days: number },
    now: Date = new Date(),
  ): Promise<TrendPoint[]> {
    const since = utcDay(
      new Date(now.getTime() - (filter.days - 1) * 86_400_000),
    );
    const query = this.knex('readiness_history')
      .select(
        'day',
        this.knex.raw('count(*) as entities'),
        this.knex.raw(
          "sum(case when status = 'pass' then 1 else 0 end) as passing",
        ),
        this.knex.raw('avg(score) as average_score'),
      )
      .where('day', '>=', since)
      .groupBy('day')
      .orderBy('day');
    const rows = await this.applyFilter(query, filter);
    return rows.map((row: any) => ({
      day: row.day,
      entities: Number(row.entities),
      passing: Number(row.passing),
      averageScore: Math.round(Number(row.average_score) * 10) / 10,
    }));
  }

  async startRun(startedAt: Date): Promise<number> {
    const [row] = await this.knex('readiness_runs')
      .insert({ started_at: startedAt })
      .returning('id');
    return typeof row === 'object' ? Number(row.id) : Number(row);
  }

  async finishRun(
    id: number,
    outcome: { entities?: number; errors?: number; failure?: string },
    finishedAt: Date = new Date(),
  ): Promise<void> {
    await this.knex('readiness_runs')
      .where({ id })
      .update({
        finished_at: finishedAt,
        entities: outcome.entities ?? null,
        errors: outcome.errors ?? null,
        failure: outcome.failure ?? null,
      });
  }

  /** The most recent runs, newest first. */
  async listRuns(limit = 20): Promise<RunRecord[]> {
    const rows = await this.knex('readiness_runs')
      .select()
      .orderBy('id', 'desc')
      .limit(limit);
    return rows.map((row: any) => ({
      id: Number(row.id),
      startedAt: toIso(row.started_at)!,
      ...(row.finished_at ? { finishedAt: toIso(row.finished_at) } : {}),
      ...(row.entities !== null ? { entities: Number(row.entities) } : {}),
      ...(row.errors !== null ? { errors: Number(row.errors) } : {}),
      ...(row.failure ? { failure: row.failure } : {}),
    }));
  }
}

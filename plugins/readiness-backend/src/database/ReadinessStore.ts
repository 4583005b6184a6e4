import { DatabaseService } from '@backstage/backend-plugin-api';
import {
  EntityReadiness,
  ReadinessStatus,
  RESULT_COLUMNS as RESULT_FIELDS,
  ResultFilter,
  ROLL_UP_CHECK_IDS,
  RunRecord,
  TrendFilter,
} from '@stagecraft/plugin-readiness-common';
import { searchWords } from '@stagecraft/catalog-conventions-common';
import { firstOfLastDays, utcDay } from '@stagecraft/backend-node';
import { Knex } from 'knex';
import {
  failingCheckIds,
  HistoryRow,
  ResultFacts,
} from '../service/summarizeResults';
import { readinessDatabase } from './readinessDatabase';

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
/** Rows a PostgreSQL statement writes: one JSON parameter, so not bounded by parameter counts. */
const PG_CHUNK = 1000;

function toIso(value: Date | string | number | null | undefined) {
  if (value === null || value === undefined) return undefined;
  return new Date(value).toISOString();
}

/** `text` matched literally inside a LIKE pattern that declares `escape '\\'`. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/** `,a,b,` so that one id can be found whole as `,a,`. */
function failingChecksOf(result: EntityReadiness): string {
  const ids = failingCheckIds(result);
  return ids.length > 0 ? `,${ids.join(',')},` : '';
}

/** The checks a result's score counts: all but the roll-ups. */
function countedChecksOf(result: EntityReadiness): number {
  return result.checks.filter(
    check => !ROLL_UP_CHECK_IDS.includes(check.checkId),
  ).length;
}

/** PostgreSQL types of the columns written from JSON (a `json` value is stored as its text). */
const PG_TYPES: Record<string, string> = {
  run_id: 'integer',
  entity_ref: 'text',
  day: 'text',
  kind: 'text',
  type: 'text',
  lifecycle: 'text',
  owner: 'text',
  system: 'text',
  domain: 'text',
  status: 'text',
  score: 'integer',
  failing_checks: 'text',
  counted_checks: 'integer',
  result: 'json',
  evaluated_at: 'timestamptz',
};

function isPostgres(knex: Knex): boolean {
  const client = String(knex.client.config.client);
  return client === 'pg' || client === 'postgres' || client === 'postgresql';
}

/**
 * The rows as one JSON parameter that PostgreSQL unpacks, instead of a dozen bound
 * parameters a row: a fraction of the client's work, and the result object is serialised
 * once (a `json` value keeps the text it was sent as). With `conflict`, an upsert where,
 * like the SQLite upsert, an older evaluation never overwrites a newer one.
 */
async function insertFromJson(
  db: Knex | Knex.Transaction,
  table: string,
  rows: object[],
  conflict?: string[],
): Promise<void> {
  const columns = Object.keys(rows[0]);
  const quoted = (names: string[]) => names.map(name => `"${name}"`).join(', ');
  await db.raw(
    `insert into "${table}" (${quoted(columns)})
     select ${columns
       .map(column =>
         PG_TYPES[column] === 'json' ? `"${column}"::text` : `"${column}"`,
       )
       .join(', ')}
     from json_to_recordset(?::json) as rows(${columns
       .map(column => `"${column}" ${PG_TYPES[column]}`)
       .join(', ')})
     ${conflict ? upsertNewerClause(table, conflict, columns) : ''}`,
    [JSON.stringify(rows)],
  );
}

/** `on conflict` that updates a row only with a result evaluated as late or later (PostgreSQL and SQLite). */
function upsertNewerClause(
  table: string,
  conflict: string[],
  columns: string[],
): string {
  return `on conflict (${conflict.map(name => `"${name}"`).join(', ')})
     do update set ${columns
       .map(column => `"${column}" = excluded."${column}"`)
       .join(', ')}
     where "${table}".evaluated_at <= excluded.evaluated_at`;
}

const RESULT_COLUMNS = [
  'entity_ref',
  ...RESULT_FIELDS,
  'failing_checks',
  'result',
  'evaluated_at',
];
/**
 * A history row: the result's columns but the type, lifecycle and full result, the day, and
 * how many checks the score counts (to score the day again with its exemptions).
 */
const HISTORY_COLUMNS = [
  'day',
  ...RESULT_COLUMNS.filter(
    column => !['type', 'lifecycle', 'result'].includes(column),
  ),
  'counted_checks',
];

/** A result's row: `result` as its JSON text, or on PostgreSQL the object (serialised with its batch). */
function resultRow(result: EntityReadiness, postgres: boolean) {
  return {
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
    result: postgres ? result : JSON.stringify(result),
    evaluated_at: new Date(result.evaluatedAt),
  };
}

export { utcDay };

/** Current results, their daily history and the run log, in the plugin's database. */
export class ReadinessStore {
  static async create({ database }: { database: DatabaseService }) {
    return new ReadinessStore(await readinessDatabase(database));
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
   * Writes results of a run in progress aside, where nothing reads them until the run
   * saves (`saveRun`): a run can hand its results over page by page instead of holding
   * them all.
   */
  async stageResults(runId: number, results: EntityReadiness[]): Promise<void> {
    const postgres = isPostgres(this.knex);
    const chunkSize = postgres ? PG_CHUNK : CHUNK;
    for (let i = 0; i < results.length; i += chunkSize) {
      const rows = results.slice(i, i + chunkSize).map(result => {
        const row = resultRow(result, postgres);
        return {
          run_id: runId,
          day: utcDay(row.evaluated_at),
          ...row,
          counted_checks: countedChecksOf(result),
        };
      });
      if (postgres) {
        await insertFromJson(this.knex, 'readiness_run_results', rows);
      } else {
        await this.knex('readiness_run_results').insert(rows);
      }
    }
  }

  /** Deletes the results a run staged (a run that failed or was aborted). */
  async dropStagedResults(runId: number): Promise<void> {
    await this.knex('readiness_run_results').where({ run_id: runId }).delete();
  }

  /**
   * Saves a whole-catalog run: its staged results (and `results`, staged first) become the
   * current results and the day's history, and the results it did not re-evaluate
   * (entities gone from the catalog) are dropped, in one transaction. A run started before
   * another run that has already saved writes and deletes nothing: it returns false. Either
   * way the run's staged rows are deleted, and those of runs started before it (which can
   * no longer save).
   */
  async saveRun(
    run: { id: number; startedAt: Date },
    results: EntityReadiness[] = [],
    savedAt: Date = new Date(),
  ): Promise<boolean> {
    await this.stageResults(run.id, results);
    const saved = await this.knex.transaction(async tx => {
      const newer = await tx('readiness_runs')
        .where('started_at', '>', run.startedAt)
        .whereNotNull('saved_at')
        .first('id');
      if (newer) return false;
      await this.moveStaged(tx, run.id);
      await tx('readiness_results')
        .where('evaluated_at', '<', run.startedAt)
        .delete();
      await tx('readiness_runs')
        .where({ id: run.id })
        .update({ saved_at: savedAt });
      await tx('readiness_run_results')
        .whereIn(
          'run_id',
          tx('readiness_runs')
            .select('id')
            .where('started_at', '<', run.startedAt)
            .orWhere('id', run.id),
        )
        .delete();
      return true;
    });
    if (!saved) await this.dropStagedResults(run.id);
    return saved;
  }

  /** Upserts a run's staged rows into the current results and the history, in the database. */
  private async moveStaged(tx: Knex.Transaction, runId: number) {
    const moves: Array<[string, string[], string[]]> = [
      ['readiness_results', RESULT_COLUMNS, ['entity_ref']],
      ['readiness_history', HISTORY_COLUMNS, ['entity_ref', 'day']],
    ];
    for (const [table, columns, conflict] of moves) {
      const names = columns.map(column => `"${column}"`).join(', ');
      await tx.raw(
        `insert into "${table}" (${names})
         select ${names} from "readiness_run_results" where "run_id" = ?
         ${upsertNewerClause(table, conflict, columns)}`,
        [runId],
      );
    }
  }

  private async upsertNewer(
    tx: Knex.Transaction,
    results: EntityReadiness[],
  ): Promise<void> {
    const postgres = isPostgres(tx);
    const chunkSize = postgres ? PG_CHUNK : CHUNK;
    for (let i = 0; i < results.length; i += chunkSize) {
      const slice = results.slice(i, i + chunkSize);
      const current = slice.map(result => resultRow(result, postgres));
      const history = current.map((row, index) => ({
        entity_ref: row.entity_ref,
        day: utcDay(row.evaluated_at),
        kind: row.kind,
        owner: row.owner,
        system: row.system,
        domain: row.domain,
        status: row.status,
        score: row.score,
        failing_checks: row.failing_checks,
        counted_checks: countedChecksOf(slice[index]),
        evaluated_at: row.evaluated_at,
      }));
      if (postgres) {
        await insertFromJson(tx, 'readiness_results', current, ['entity_ref']);
        await insertFromJson(tx, 'readiness_history', history, [
          'entity_ref',
          'day',
        ]);
        continue;
      }
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
        .insert(history)
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
    return this.knex('readiness_history')
      .where('day', '<', firstOfLastDays(days, now))
      .delete();
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
    if (filter.checkId?.includes(',')) {
      // No check id holds a comma: one would match across two ids of failing_checks.
      query.whereRaw('1 = 0');
    } else if (filter.checkId) {
      // Not LIKE, which ignores ASCII case on SQLite only: a check id matches exactly on both.
      const position = isPostgres(this.knex) ? 'strpos' : 'instr';
      query.whereRaw(`${position}(failing_checks, ?) > 0`, [
        `,${filter.checkId},`,
      ]);
    }
    for (const word of searchWords(filter.search)) {
      query.whereRaw("lower(entity_ref) like ? escape '\\'", [
        `%${likeLiteral(word)}%`,
      ]);
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

  /**
   * Current results without their checks (`ResultFacts`), in no order: enough to filter,
   * sort, count and summarise all of them, when the full results of a page are read after
   * (`getResults`).
   */
  async listResultFacts(filter: ResultFilter = {}): Promise<ResultFacts[]> {
    const rows = await this.applyFilter(
      this.knex('readiness_results').select(
        'entity_ref',
        ...RESULT_FIELDS,
        'failing_checks',
      ),
      filter,
    );
    return rows.map((row: Omit<ResultRow, 'result' | 'evaluated_at'>) => {
      const facts: ResultFacts = {
        entityRef: row.entity_ref,
        kind: row.kind,
        status: row.status,
        score: Number(row.score),
        failingChecks: row.failing_checks.split(',').filter(Boolean),
      };
      for (const field of [
        'type',
        'lifecycle',
        'owner',
        'system',
        'domain',
      ] as const) {
        if (row[field] !== null) facts[field] = row[field]!;
      }
      return facts;
    });
  }

  /** The current results of `entityRefs`, in their order; those not stored are left out. */
  async getResults(entityRefs: readonly string[]): Promise<EntityReadiness[]> {
    const byRef = new Map<string, EntityReadiness>();
    for (let i = 0; i < entityRefs.length; i += CHUNK) {
      const rows = await this.knex<ResultRow>('readiness_results')
        .select('entity_ref', 'result')
        .whereIn('entity_ref', entityRefs.slice(i, i + CHUNK));
      for (const row of rows) byRef.set(row.entity_ref, JSON.parse(row.result));
    }
    return entityRefs.flatMap(ref => byRef.get(ref) ?? []);
  }

  /**
   * History rows of the last `days` days (today included), one per entity and day, oldest
   * first: not aggregated, so that a trend can count only the entities a caller may read,
   * and with the checks that failed, so that it can apply the exemptions of each day.
   */
  async listHistory(
    filter: TrendFilter,
    now: Date = new Date(),
  ): Promise<HistoryRow[]> {
    const rows = await this.applyFilter(
      this.knex('readiness_history')
        .select(
          'entity_ref',
          'day',
          'status',
          'score',
          'failing_checks',
          'counted_checks',
        )
        .where('day', '>=', firstOfLastDays(filter.days, now)),
      filter,
    ).orderBy(['day', 'entity_ref']);
    return rows.map((row: any) => ({
      entityRef: row.entity_ref,
      day: row.day,
      status: row.status,
      score: Number(row.score),
      failingChecks: row.failing_checks
        ? row.failing_checks.split(',').filter(Boolean)
        : [],
      ...(row.counted_checks === null || row.counted_checks === undefined
        ? {}
        : { countedChecks: Number(row.counted_checks) }),
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

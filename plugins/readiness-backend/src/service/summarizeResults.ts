import { refKey } from '@stagecraft/catalog-conventions-common';
import {
  CheckResult,
  EntityReadiness,
  ResultColumn,
  ROLL_UP_CHECK_IDS,
  SummaryGroupBy,
  SummaryRow,
  TrendPoint,
} from '@stagecraft/plugin-readiness-common';

/** Whether a check counts as passing: it passed, or an approved exemption lets it off. */
export const countsAsPassing = (check: CheckResult) =>
  check.status === 'pass' || check.status === 'exempt';

/**
 * Ids of the checks that did not pass (an exempt check counts as passing); `evaluation`
 * when the entity could not be evaluated.
 */
export function failingCheckIds(result: EntityReadiness): string[] {
  const ids = result.checks
    .filter(check => !countsAsPassing(check))
    .map(check => check.checkId);
  if (result.error) ids.push('evaluation');
  return ids;
}

/**
 * A result without its checks: its columns, the ids of the checks that did not pass (as
 * `failingCheckIds`) and how many an exemption let off. Enough to filter, sort, count and
 * summarise results, at a fraction of their size.
 */
export type ResultFacts = Pick<
  EntityReadiness,
  'entityRef' | ResultColumn | 'exempted'
> & { failingChecks: string[] };

export function factsOf(result: EntityReadiness): ResultFacts {
  return {
    entityRef: result.entityRef,
    kind: result.kind,
    type: result.type,
    lifecycle: result.lifecycle,
    owner: result.owner,
    system: result.system,
    domain: result.domain,
    status: result.status,
    score: result.score,
    failingChecks: failingCheckIds(result),
    ...(result.exempted ? { exempted: result.exempted } : {}),
  };
}

/**
 * Readiness per owner, system or domain, worst average score first; `exempted` counts the
 * entities with a check let off by an approved exemption (left out when none).
 */
export function summarizeResults(
  results: readonly ResultFacts[],
  groupBy: SummaryGroupBy,
): SummaryRow[] {
  const groups = new Map<string | null, SummaryRow & { totalScore: number }>();
  for (const result of results) {
    const key = result[groupBy] ?? null;
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
    group.totalScore += result.score;
    if (result.status === 'pass') {
      group.passing += 1;
    } else {
      group.failing += 1;
    }
    if (result.exempted) {
      group.exempted = (group.exempted ?? 0) + 1;
    }
    for (const id of result.failingChecks) {
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

/** One entity's result on one day, from the stored history. */
export type HistoryRow = {
  entityRef: string;
  day: string;
  status: string;
  score: number;
  /** As `failingCheckIds` has them; absent, nothing can be let off. */
  failingChecks?: string[];
  /** The checks the score counts (roll-ups left out); absent on rows stored before it was kept. */
  countedChecks?: number;
};

/** When an approved exemption let its check off: from its approval until it expired or was withdrawn. */
export type ExemptionPeriod = {
  entityRef: string;
  checkId: string;
  from: Date;
  until: Date;
};

const DAY_MS = 86_400_000;

/** The last moment of `day` (UTC), or `now` while the day lasts. */
function closeOf(day: string, now: Date): number {
  return Math.min(
    Date.parse(`${day}T00:00:00.000Z`) + DAY_MS - 1,
    now.getTime(),
  );
}

/**
 * The history rows as the results table counted them at the close of their day (today: at
 * `now`, as it counts them now). A failing check that an exemption of `periods` let off at
 * that moment no longer fails: the status is `pass` once no check fails, the score counts
 * the check as passed (rows stored before their checks were counted keep their score), and
 * `production-complete` passes once none of `productionCompleteRequires` fails, as with
 * `applyExemptions`. An exemption counts only on the days it was in force at their close.
 */
export function historyWithExemptions(
  rows: HistoryRow[],
  periods: ExemptionPeriod[],
  now: Date,
  productionCompleteRequires: readonly string[],
): HistoryRow[] {
  if (periods.length === 0) return rows;
  const periodsOf = new Map<string, ExemptionPeriod[]>();
  for (const period of periods) {
    const key = `${refKey(period.entityRef)} ${period.checkId}`;
    periodsOf.set(key, [...(periodsOf.get(key) ?? []), period]);
  }
  const letOffAt = (entityRef: string, checkId: string, at: number) =>
    (periodsOf.get(`${refKey(entityRef)} ${checkId}`) ?? []).some(
      period => period.from.getTime() <= at && at < period.until.getTime(),
    );
  return rows.map(row => {
    const at = closeOf(row.day, now);
    const failing = row.failingChecks ?? [];
    const isRollUp = (id: string) => ROLL_UP_CHECK_IDS.includes(id);
    const letOff = failing.filter(
      id => !isRollUp(id) && letOffAt(row.entityRef, id, at),
    );
    if (letOff.length === 0) return row;
    const stillFailing = failing.filter(
      id => !isRollUp(id) && !letOff.includes(id),
    );
    const checksFailing = stillFailing.filter(id => id !== 'evaluation');
    const rollUpsFailing = stillFailing.some(id =>
      productionCompleteRequires.includes(id),
    )
      ? failing.filter(isRollUp)
      : [];
    const counted = row.countedChecks;
    return {
      ...row,
      status: checksFailing.length === 0 ? 'pass' : row.status,
      score: counted
        ? Math.round((100 * (counted - checksFailing.length)) / counted)
        : row.score,
      failingChecks: [...stillFailing, ...rollUpsFailing],
    };
  });
}

/** Readiness per day, oldest first. */
export function trendOfHistory(rows: HistoryRow[]): TrendPoint[] {
  const days = new Map<
    string,
    { entities: number; passing: number; totalScore: number }
  >();
  for (const row of rows) {
    const day = days.get(row.day) ?? { entities: 0, passing: 0, totalScore: 0 };
    day.entities += 1;
    day.totalScore += row.score;
    if (row.status === 'pass') day.passing += 1;
    days.set(row.day, day);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, { entities, passing, totalScore }]) => ({
      day,
      entities,
      passing,
      averageScore: Math.round((totalScore / entities) * 10) / 10,
    }));
}

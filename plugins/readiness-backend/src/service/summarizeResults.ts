import {
  CheckResult,
  EntityReadiness,
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
 * Readiness per owner, system or domain, worst average score first; `exempted` counts the
 * entities with a check let off by an approved exemption (left out when none).
 */
export function summarizeResults(
  results: EntityReadiness[],
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
    for (const id of failingCheckIds(result)) {
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
};

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

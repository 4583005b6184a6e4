import type {
  ReadinessStatus,
  ResultSortKey,
} from '@stagecraft/plugin-readiness-common';
import type { ResultFacts } from './summarizeResults';

/** Statuses worst first, so that ascending reads like ascending scores. */
const STATUS_RANK: Record<ReadinessStatus, number> = {
  error: 0,
  fail: 1,
  warn: 2,
  pass: 3,
};

/**
 * Orders results by `sort` (unset: worst score first), missing values last either way,
 * equal ones by entity ref; code-unit order, so that SQLite and PostgreSQL page alike.
 */
export function compareResults(
  sort: ResultSortKey = 'score',
  order: 'asc' | 'desc' = 'asc',
): (a: ResultFacts, b: ResultFacts) => number {
  const sign = order === 'desc' ? -1 : 1;
  const valueOf = (facts: ResultFacts) =>
    sort === 'status' ? STATUS_RANK[facts.status] : facts[sort];
  return (a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    if (x !== y) {
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      return sign * (x < y ? -1 : 1);
    }
    if (a.entityRef === b.entityRef) return 0;
    return a.entityRef < b.entityRef ? -1 : 1;
  };
}

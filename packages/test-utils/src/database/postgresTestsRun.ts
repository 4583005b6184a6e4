/* eslint-disable jest/no-export -- a helper module: postgresTestsRun declares a skipped test in its caller's describe */
import { POSTGRES_ENV, postgresAvailable } from './testDatabases';

/**
 * Call in a `describe`: whether the PostgreSQL tests run. When they do not, a skipped
 * test in the calling `describe` says how to run them.
 */
export function postgresTestsRun(): boolean {
  if (!postgresAvailable) {
    // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect
    it.skip(`PostgreSQL 15 skipped: set ${POSTGRES_ENV}=postgresql://postgres@127.0.0.1:5432 to run it`, () => {});
  }
  return postgresAvailable;
}

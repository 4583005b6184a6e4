export { migratedDatabase } from './migratedDatabase';
export type { MigrationLockOptions } from './migrateToLatest';
export { firstOfLastDays, utcDay } from './utcDays';

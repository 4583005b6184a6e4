export { migratedDatabase } from './migratedDatabase';
export { firstOfLastDays, utcDay } from './utcDays';

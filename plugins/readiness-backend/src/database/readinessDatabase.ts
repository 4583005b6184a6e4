import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { migratedDatabase } from '@stagecraft/backend-node';

const migrationsDir = resolvePackagePath(
  '@stagecraft/plugin-readiness-backend',
  'migrations',
);

/** The readiness plugin's database client, its migrations run unless the service skips them. */
export const readinessDatabase = (database: DatabaseService) =>
  migratedDatabase(database, migrationsDir);

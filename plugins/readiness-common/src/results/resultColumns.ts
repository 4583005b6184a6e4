import type { EntityReadiness } from '../types';

/**
 * Where a result sits and how it stands, in the order tables and the CSV show them; each is
 * a field of `EntityReadiness` and a column of the stored results of the same name.
 */
export const RESULT_COLUMNS = [
  'kind',
  'type',
  'lifecycle',
  'owner',
  'system',
  'domain',
  'status',
  'score',
] as const satisfies readonly (keyof EntityReadiness)[];

export type ResultColumn = (typeof RESULT_COLUMNS)[number];

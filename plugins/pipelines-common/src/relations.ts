import {
  RELATION_READ_BY,
  RELATION_READS_FROM,
  RELATION_WRITES_TO,
  RELATION_WRITTEN_BY,
} from '@stagecraft/catalog-conventions-common';

/** Relations the catalog module emits, as [primary, inverse] pairs for the catalog graph. */
export const PIPELINE_RELATION_PAIRS: [string, string][] = [
  [RELATION_WRITES_TO, RELATION_WRITTEN_BY],
  [RELATION_READS_FROM, RELATION_READ_BY],
];

/** Every relation the catalog module emits. */
export const PIPELINE_RELATIONS: string[] = PIPELINE_RELATION_PAIRS.flat();

import {
  RELATION_READ_BY,
  RELATION_READS_FROM,
  RELATION_WRITES_TO,
  RELATION_WRITTEN_BY,
} from '@stagecraft/catalog-conventions-common';

export {
  ANNOTATION_AWS_ARN,
  ANNOTATION_READS_FROM,
  ANNOTATION_ROADIE_LAMBDA_NAME,
  ANNOTATION_ROADIE_LAMBDA_REGION,
  ANNOTATION_WRITES_TO,
  RELATION_READ_BY,
  RELATION_READS_FROM,
  RELATION_WRITES_TO,
  RELATION_WRITTEN_BY,
  THRESHOLD_ANNOTATION_PREFIX,
} from '@stagecraft/catalog-conventions-common';

/** Relations the catalog module emits, as [primary, inverse] pairs for the catalog graph. */
export const PIPELINE_RELATION_PAIRS: [string, string][] = [
  [RELATION_WRITES_TO, RELATION_WRITTEN_BY],
  [RELATION_READS_FROM, RELATION_READ_BY],
];

/** Every relation the catalog module emits. */
export const PIPELINE_RELATIONS: string[] = PIPELINE_RELATION_PAIRS.flat();

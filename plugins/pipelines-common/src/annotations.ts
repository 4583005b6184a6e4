/** The AWS resource a stage stands for (the annotation of `@backstage/plugin-catalog-backend-module-aws`). */
export const ANNOTATION_AWS_ARN = 'amazonaws.com/arn';
/** Roadie's Lambda plugin: the function name (Roadie allows a comma-separated list; the first is used). */
export const ANNOTATION_ROADIE_LAMBDA_NAME = 'aws.com/lambda-function-name';
/** Roadie's Lambda plugin: the function's region. */
export const ANNOTATION_ROADIE_LAMBDA_REGION = 'aws.com/lambda-region';
/** Comma-separated entity refs this stage reads data from. */
export const ANNOTATION_READS_FROM = 'stagecraft.io/reads-from';
/** Comma-separated entity refs this stage writes data to. */
export const ANNOTATION_WRITES_TO = 'stagecraft.io/writes-to';
/** Prefix of the per-entity health threshold overrides (see `THRESHOLD_ANNOTATIONS`). */
export const THRESHOLD_ANNOTATION_PREFIX = 'stagecraft.io/threshold-';

/** `source readsFrom target`: the source entity reads data from the target. */
export const RELATION_READS_FROM = 'readsFrom';
/** Inverse of `readsFrom`. */
export const RELATION_READ_BY = 'readBy';
/** `source writesTo target`: the source entity writes data to the target. */
export const RELATION_WRITES_TO = 'writesTo';
/** Inverse of `writesTo`. */
export const RELATION_WRITTEN_BY = 'writtenBy';

/** Relations the catalog module emits, as [primary, inverse] pairs for the catalog graph. */
export const PIPELINE_RELATION_PAIRS: [string, string][] = [
  [RELATION_WRITES_TO, RELATION_WRITTEN_BY],
  [RELATION_READS_FROM, RELATION_READ_BY],
];

/** Every relation the catalog module emits. */
export const PIPELINE_RELATIONS: string[] = PIPELINE_RELATION_PAIRS.flat();

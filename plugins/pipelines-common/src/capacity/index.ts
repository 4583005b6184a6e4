export * from './types';
export {
  formatCount,
  formatMs,
  formatRate,
  headroomText,
  worstVerdict,
} from './format';
export { decidedCheck, unknownCheck } from './checkResults';
export type { CheckedResource } from './checkResults';
export * from './lambdaConcurrency';
export * from './kinesisShards';
export * from './sqsLambdaScaling';
export * from './dynamoDbCapacity';
export * from './aurora';
export * from './capacityTargets';
export { hasExpectedPeak } from './hasExpectedPeak';

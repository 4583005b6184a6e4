export {
  BlastRadiusSummary,
  describeLimit,
  isCutAtLimit,
  summarizeBlastRadius,
} from './BlastRadiusSummary';

export { findSecretValues, MAX_SCANNED_LENGTH } from './findSecretValues';
export { LEAK_DETECTORS } from './detectors';
export type {
  LeakDetector,
  LeakDetectorId,
  LeakFinding,
  ScannedValue,
} from './types';

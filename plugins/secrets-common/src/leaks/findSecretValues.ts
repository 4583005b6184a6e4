import { LEAK_DETECTORS } from './detectors';
import { LeakDetector, LeakFinding, ScannedValue } from './types';
import { walkStrings } from './walkStrings';

/**
 * How much of each string most detectors read. Catalog values are short; the
 * cap keeps a pasted blob from making every detector scan megabytes. Private
 * key blocks are searched in the whole value regardless.
 */
export const MAX_SCANNED_LENGTH = 64 * 1024;

const formatDetectors = LEAK_DETECTORS.filter(d => !d.fallback);
const fallbackDetectors = LEAK_DETECTORS.filter(d => d.fallback);

function detect(value: ScannedValue): LeakDetector[] {
  const matched = formatDetectors.filter(detector => detector.test(value));
  if (matched.length > 0) {
    return matched;
  }
  const fallback = fallbackDetectors.find(detector => detector.test(value));
  return fallback ? [fallback] : [];
}

/**
 * Reports every string value in an entity-shaped object (any depth, arrays
 * included; keys are not checked) that looks like secret material. Findings
 * name the path and the kind of secret, never the value.
 */
export function findSecretValues(entity: unknown): LeakFinding[] {
  const findings: LeakFinding[] = [];
  for (const { path, key, value } of walkStrings(entity)) {
    const scannedValue: ScannedValue = {
      value,
      head:
        value.length > MAX_SCANNED_LENGTH
          ? value.slice(0, MAX_SCANNED_LENGTH)
          : value,
      key,
    };
    for (const detector of detect(scannedValue)) {
      findings.push({ path, detector: detector.id, message: detector.message });
    }
  }
  return findings;
}

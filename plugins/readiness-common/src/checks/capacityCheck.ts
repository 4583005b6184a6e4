import {
  PEAK_ANNOTATIONS,
  parseExpectedPeak,
} from '@stagecraft/catalog-conventions-common';
import { fail, pass, ReadinessCheck } from './types';

/**
 * Capacity against the expected peak. From the catalog alone only the peak annotations can
 * be judged: bad ones fail naming the entity and annotation. Whether AWS has the capacity
 * is decided by the backend's capacity verifier, which asks the pipelines backend.
 */
export const capacityCheck: ReadinessCheck = {
  id: 'capacity',
  evaluate(entity) {
    const parsed = parseExpectedPeak(entity);
    switch (parsed.status) {
      case 'invalid':
        return fail(
          parsed.problems.join(' '),
          `Correct the expected-peak annotations (${PEAK_ANNOTATIONS.join(
            ', ',
          )}): a plain positive number each, one rate.`,
        );
      case 'none':
        return pass('No expected peak declared, so nothing to check.');
      default:
        return pass(
          `Expected peak: ${parsed.peak.ratePerSecond} ${parsed.peak.unit}/s${
            parsed.peak.payloadBytes ? ` of ${parsed.peak.payloadBytes} B` : ''
          }. Checked against AWS by the pipelines backend.`,
          {
            notes: [
              'From the catalog only: the readiness backend verifies the capacity in AWS through the pipelines backend.',
            ],
          },
        );
    }
  },
};

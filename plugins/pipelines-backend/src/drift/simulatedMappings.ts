import { draw, hashString } from '../metrics/simulated/prng';
import { ObservedMapping } from './types';

/** Share of Lambdas whose last mapping was deleted in AWS (only in YAML). */
const DROPPED_MAPPING_SHARE = 0.15;
/** Share of Lambdas with a leftover, disabled mapping from their dead-letter queue (only in AWS). */
const LEFTOVER_MAPPING_SHARE = 0.15;
/** Keeps these draws apart from the metrics' and the live configuration's. */
export const DRIFT_SALT = 1900;

/**
 * The event source mappings the simulated AWS side gives a Lambda: one per declared stream
 * or queue source, except that, deterministically per Lambda, the last one is gone, or a
 * disabled mapping from its own dead-letter queue was left behind (a redrive). The drift
 * and the live configuration both read these, so the two tabs agree.
 */
export function simulatedMappings(
  seed: string,
  sourceArns: string[],
  deadLetterArns: string[],
): ObservedMapping[] {
  const seeded = hashString(seed);
  const uuid = (i: number) =>
    `${hashString(`${seed}:${i}`).toString(16).padStart(8, '0')}-sim-${i}`;
  const mappings: ObservedMapping[] = sourceArns.map((eventSourceArn, i) => ({
    uuid: uuid(i),
    eventSourceArn,
    state: 'Enabled',
  }));
  const fate = draw(seeded, DRIFT_SALT + 2);
  if (fate < DROPPED_MAPPING_SHARE && mappings.length > 0) {
    return mappings.slice(0, -1);
  }
  if (fate >= 1 - LEFTOVER_MAPPING_SHARE && deadLetterArns.length > 0) {
    const queue =
      deadLetterArns[
        Math.floor(draw(seeded, DRIFT_SALT + 3) * deadLetterArns.length)
      ];
    if (!sourceArns.includes(queue)) {
      mappings.push({
        uuid: uuid(mappings.length),
        eventSourceArn: queue,
        state: 'Disabled',
      });
    }
  }
  return mappings;
}

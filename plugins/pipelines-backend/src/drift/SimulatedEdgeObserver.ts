import { draw, hashString } from '../metrics/simulated/prng';
import {
  EdgeObservationRequest,
  EdgeObserver,
  ObservedMapping,
  StageEdgeObservation,
} from './types';

/** Share of Lambdas whose last declared mapping was deleted in AWS (only in YAML). */
const DROPPED_MAPPING_SHARE = 0.15;
/** Share of Lambdas with a leftover, disabled mapping from an undeclared queue (only in AWS). */
const LEFTOVER_MAPPING_SHARE = 0.15;
/** Share of streams with a replay consumer no catalog entity declares (only in AWS). */
const STRAY_CONSUMER_SHARE = 0.2;
/** Keeps these draws apart from the metrics' and the live configuration's. */
const SALT = 1000;

/**
 * The AWS side made up from the catalog, for when no AWS is configured: every declared
 * Lambda source has an event source mapping, except that, deterministically per stage,
 * some mappings are gone, some Lambdas keep a disabled mapping from a queue of the
 * pipeline they do not declare (a redrive left behind), and some streams have a replay
 * consumer nobody declares. Every answer is labelled simulated.
 */
export class SimulatedEdgeObserver implements EdgeObserver {
  readonly kind = 'simulated' as const;

  async observe({
    target,
    hints,
  }: EdgeObservationRequest): Promise<StageEdgeObservation> {
    const seed = hashString(hints.seed);
    const r = (salt: number) => draw(seed, SALT + salt);
    if (target.stageType === 'kinesis-stream') {
      const consumers =
        r(1) < STRAY_CONSUMER_SHARE
          ? [
              {
                name: `${target.resourceName}-replay`,
                arn: `${target.arn}/consumer/${target.resourceName}-replay:1717171717`,
                status: 'ACTIVE',
              },
            ]
          : [];
      return { operation: 'kinesis:ListStreamConsumers', consumers };
    }
    const uuid = (i: number) =>
      `${hashString(`${hints.seed}:${i}`)
        .toString(16)
        .padStart(8, '0')}-sim-${i}`;
    let mappings: ObservedMapping[] = hints.declaredSourceArns.map(
      (eventSourceArn, i) => ({
        uuid: uuid(i),
        eventSourceArn,
        state: 'Enabled',
      }),
    );
    const fate = r(2);
    if (fate < DROPPED_MAPPING_SHARE && mappings.length > 0) {
      mappings = mappings.slice(0, -1);
    } else if (fate >= 1 - LEFTOVER_MAPPING_SHARE) {
      const all = hints.otherSourceArns.filter(a => a.includes(':sqs:'));
      const deadLetter = all.filter(a => /dlq|dead-letter/.test(a));
      const queues = deadLetter.length > 0 ? deadLetter : all;
      if (queues.length > 0) {
        const queue = queues[Math.floor(r(3) * queues.length)];
        mappings.push({
          uuid: uuid(mappings.length),
          eventSourceArn: queue,
          state: 'Disabled',
        });
      }
    }
    return { operation: 'lambda:ListEventSourceMappings', mappings };
  }
}

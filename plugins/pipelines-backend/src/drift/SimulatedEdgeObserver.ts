import { draw, hashString } from '../metrics/simulated/prng';
import { DRIFT_SALT, simulatedMappings } from './simulatedMappings';
import {
  EdgeObservationRequest,
  EdgeObserver,
  StageEdgeObservation,
} from './types';

/** Share of streams with a replay consumer no catalog entity declares (only in AWS). */
const STRAY_CONSUMER_SHARE = 0.2;

/**
 * The AWS side made up from the catalog, for when no AWS is configured: Lambdas get the
 * mappings of `simulatedMappings` (as their simulated live configuration shows), and,
 * deterministically per stream, some streams have a replay consumer nobody declares.
 * Every answer is labelled simulated.
 */
export class SimulatedEdgeObserver implements EdgeObserver {
  readonly kind = 'simulated' as const;

  async observe({
    target,
    hints,
  }: EdgeObservationRequest): Promise<StageEdgeObservation> {
    if (target.stageType === 'kinesis-stream') {
      const stray =
        draw(hashString(hints.seed), DRIFT_SALT + 1) < STRAY_CONSUMER_SHARE;
      const name = `${target.resourceName}-replay`;
      return {
        operation: 'kinesis:ListStreamConsumers',
        consumers: stray
          ? [
              {
                name,
                arn: `${target.arn}/consumer/${name}:1717171717`,
                status: 'ACTIVE',
              },
            ]
          : [],
      };
    }
    return {
      operation: 'lambda:ListEventSourceMappings',
      mappings: simulatedMappings(
        hints.seed,
        hints.declaredSourceArns,
        hints.deadLetterArns,
      ),
    };
  }
}

import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  ANNOTATION_CLOUDWATCH_ALARMS,
  annotationOf,
} from '@stagecraft/catalog-conventions-common';
import { CapacityLocation } from '@stagecraft/plugin-pipelines-common';
import { draw, hashString } from '../metrics/simulated/prng';
import { freshNow } from '../service/clock';
import { CapacityFact, CapacityFactsSource, CatalogSide } from './types';

const pick = <T>(values: T[], r: number): T =>
  values[Math.floor(r * values.length)];

const alarmsNamed = (side: CatalogSide['entity'], pattern: RegExp) =>
  (annotationOf(side, ANNOTATION_CLOUDWATCH_ALARMS) ?? '')
    .split(',')
    .map(name => name.trim())
    .filter(name => pattern.test(name));

const ITERATOR_AGE = /iterator-?age/i;
const REPLICA_LAG = /replica-?lag/i;

/**
 * Plausible capacity facts without AWS: deterministic per resource, and consistent with the
 * catalog (a stream's consumers are the Lambdas reading from it; an alarm exists when the
 * entity declares one named for iterator age or replica lag).
 */
export class SimulatedCapacityFacts implements CapacityFactsSource {
  readonly kind = 'simulated' as const;

  constructor(private readonly clock: () => number = Date.now) {}

  private fact<T>(value: T): CapacityFact<T> {
    return { value, freshness: freshNow(this.clock) };
  }

  async accountConcurrency(at: CapacityLocation) {
    const seed = hashString(`${at.accountId}|${at.region}`);
    // Accounts start at AWS's default quota of 1,000; some reserve part of it.
    return this.fact({
      limit: 1000,
      unreserved: 1000 - pick([100, 200, 300], draw(seed, 1)),
    });
  }

  async streamConsumerAlarms(
    _stream: unknown,
    { entity, readers }: CatalogSide,
  ) {
    return this.fact({
      consumers: readers
        .filter(reader => reader.spec?.type === 'lambda-function')
        .map(reader => ({
          name: reader.metadata.name,
          alarms: alarmsNamed(reader, ITERATOR_AGE),
        })),
      streamAlarms: alarmsNamed(entity, ITERATOR_AGE),
    });
  }

  async tableCapacity(
    _at: CapacityLocation,
    _tableName: string,
    { entity }: CatalogSide,
  ) {
    const seed = hashString(stringifyEntityRef(entity));
    const r = (salt: number) => draw(seed, 300 + salt);
    if (r(1) < 0.4) {
      return this.fact({
        billingMode: 'PAY_PER_REQUEST',
        reads: {},
        writes: {},
      });
    }
    const side = (salt: number) => {
      const provisioned = pick([50, 100, 500, 1000], r(salt));
      return {
        provisioned,
        autoScalingMax:
          r(salt + 1) < 0.5
            ? undefined
            : provisioned * pick([2, 5, 10], r(salt + 2)),
      };
    };
    return this.fact({
      billingMode: 'PROVISIONED',
      reads: side(2),
      writes: side(5),
    });
  }

  async replicaLagAlarms(
    _at: CapacityLocation,
    _clusterId: string,
    { entity }: CatalogSide,
  ) {
    return this.fact(alarmsNamed(entity, REPLICA_LAG));
  }
}

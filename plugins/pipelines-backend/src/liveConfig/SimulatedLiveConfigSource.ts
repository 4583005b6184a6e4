import { StageLiveConfig } from '@stagecraft/plugin-pipelines-common';
import { simulatedMappings } from '../drift/simulatedMappings';
import { draw, hashString } from '../metrics/simulated/prng';
import { freshNow } from '../service/clock';
import { LiveConfigRequest, LiveConfigResult, LiveConfigSource } from './types';

const pick = <T>(values: T[], r: number): T =>
  values[Math.floor(r * values.length)];

/**
 * Plausible configuration for the simulated source: deterministic per entity, with event
 * source mappings and failure destinations taken from the catalog's flow annotations.
 */
export class SimulatedLiveConfigSource implements LiveConfigSource {
  readonly kind = 'simulated' as const;

  constructor(private readonly clock: () => number = Date.now) {}

  async getConfig(request: LiveConfigRequest): Promise<LiveConfigResult> {
    return {
      config: this.simulate(request),
      freshness: freshNow(this.clock),
    };
  }

  private simulate({ target, hints }: LiveConfigRequest): StageLiveConfig {
    const seed = hashString(hints.seed);
    const r = (salt: number) => draw(seed, 100 + salt);
    switch (target.stageType) {
      case 'kinesis-stream': {
        const onDemand = r(1) < 0.5;
        return {
          type: 'kinesis-stream',
          status: 'ACTIVE',
          mode: onDemand ? 'ON_DEMAND' : 'PROVISIONED',
          openShardCount: onDemand
            ? 4 + Math.floor(r(2) * 28)
            : pick([2, 4, 8, 16], r(2)),
          retentionHours: pick([24, 48, 168], r(3)),
          encryption: 'KMS',
          consumers:
            r(4) < 0.5
              ? []
              : [{ name: `${target.resourceName}-efo`, status: 'ACTIVE' }],
        };
      }
      case 'lambda-function': {
        const streamSources = hints.readsFromArns.filter(a =>
          /:(kinesis|sqs):/.test(a),
        );
        return {
          type: 'lambda-function',
          runtime: pick(
            ['python3.12', 'nodejs20.x', 'python3.11', 'java21'],
            r(5),
          ),
          memoryMb: pick([256, 512, 1024, 1769, 3008], r(6)),
          timeoutSeconds: pick([30, 60, 120, 300, 900], r(7)),
          reservedConcurrency:
            r(8) < 0.5 ? null : pick([5, 10, 25, 50, 100], r(9)),
          lastModified: new Date(
            this.clock() - Math.floor(r(10) * 40) * 86_400_000,
          ).toISOString(),
          // The mappings the simulated drift sees too, so the two tabs agree.
          eventSourceMappings: simulatedMappings(
            hints.seed,
            streamSources,
            hints.deadLetterArns,
          ).map((mapping, i) => {
            const arn = mapping.eventSourceArn!;
            const kinesis = arn.includes(':kinesis:');
            return {
              uuid: mapping.uuid,
              eventSourceArn: arn,
              state: mapping.state,
              batchSize: kinesis ? pick([100, 500, 1000], r(11 + i)) : 10,
              maximumBatchingWindowSeconds: kinesis
                ? pick([0, 1, 5], r(12 + i))
                : 0,
              parallelizationFactor: kinesis
                ? pick([1, 2, 4], r(13 + i))
                : undefined,
              startingPosition: kinesis ? 'LATEST' : undefined,
              onFailureDestination: kinesis
                ? hints.deadLetterArns[0]
                : undefined,
              maximumConcurrency: kinesis
                ? undefined
                : pick([5, 20, 50, 200], r(20 + i)),
            };
          }),
        };
      }
      case 'sqs-queue':
        return {
          type: 'sqs-queue',
          fifo: target.resourceName.endsWith('.fifo'),
          visibilityTimeoutSeconds: pick([30, 60, 180, 900], r(20)),
          messageRetentionSeconds: hints.deadLetterQueue ? 1_209_600 : 345_600,
          deadLetterTargetArn: hints.deadLetterArns[0],
          maxReceiveCount: hints.deadLetterArns[0]
            ? pick([3, 5], r(21))
            : undefined,
        };
      case 'firehose-delivery-stream':
        return {
          type: 'firehose-delivery-stream',
          status: 'ACTIVE',
          sourceType: hints.readsFromArns.some(a => a.includes(':kinesis:'))
            ? 'KinesisStreamAsSource'
            : 'DirectPut',
          sourceArn: hints.readsFromArns.find(a => a.includes(':kinesis:')),
          bufferingSeconds: 300,
          bufferingMb: 128,
        };
      case 'state-machine':
        return {
          type: 'state-machine',
          machineType: 'STANDARD',
          status: 'ACTIVE',
          loggingLevel: pick(['ERROR', 'ALL', 'OFF'], r(30)),
          tracingEnabled: r(31) < 0.5,
        };
      default:
        throw new Error(`No live configuration for ${target.stageType}`);
    }
  }
}

import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  StateValue,
} from '@aws-sdk/client-cloudwatch';
import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { DefaultAwsCredentialsManager } from '@backstage/integration-aws-node';
import {
  awsClients,
  awsErrorDetail,
  DEFAULT_REQUEST_TIMEOUT_MS,
  interruptionOf,
  withDeadline,
} from '@stagecraft/backend-node';
import {
  ANNOTATION_CLOUDWATCH_ALARMS,
  awsLocationOf,
  CheckResult,
  cloudWatchAlarmsOf,
} from '@stagecraft/plugin-readiness-common';
import { CloudWatchSettings } from '../config';
import { limitConcurrency } from './limitConcurrency';
import { CheckVerifier, couldNotVerify, VerifyCheck } from './types';

export type CloudWatchClientFactory = (location: {
  region: string;
  accountId?: string;
}) => Promise<CloudWatchClient>;

type AlarmState = { state?: StateValue | string; since?: Date };
type Lookup =
  | { kind: 'found'; alarms: Map<string, AlarmState> }
  | { kind: 'failed'; reason: string };

type Location = { region: string; accountId?: string };

const DESCRIBE_BATCH = 100;

/** CloudWatch clients with credentials from the `aws` config (`@backstage/integration-aws-node`). */
export function cloudWatchClientFactoryFromConfig(
  config: Config,
): CloudWatchClientFactory {
  return awsClients(
    CloudWatchClient,
    DefaultAwsCredentialsManager.fromConfig(config),
  );
}

function where({ region, accountId }: Location): string {
  return accountId ? `account ${accountId}, ${region}` : region;
}

/**
 * Checks that the alarms an entity declares exist in CloudWatch and are not
 * stuck in INSUFFICIENT_DATA (usually a metric that is never published: a
 * wrong dimension or resource name). Alarms are described in batches per
 * account and region, once per run.
 */
export class CloudWatchVerifier implements CheckVerifier {
  readonly checkId = 'monitors';

  constructor(
    private readonly settings: CloudWatchSettings,
    private readonly clientFactory: CloudWatchClientFactory,
    private readonly logger: LoggerService,
    private readonly now: () => Date = () => new Date(),
    private readonly requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
  ) {}

  private locate(entity: Entity): Location | undefined {
    const { accountId, region } = awsLocationOf(entity);
    const effectiveRegion = region ?? this.settings.defaultRegion;
    return effectiveRegion ? { region: effectiveRegion, accountId } : undefined;
  }

  private async describe(
    location: Location,
    names: string[],
    signal?: AbortSignal,
  ): Promise<Lookup> {
    try {
      const client = await this.clientFactory(location);
      const alarms = new Map<string, AlarmState>();
      for (let i = 0; i < names.length; i += DESCRIBE_BATCH) {
        let nextToken: string | undefined;
        do {
          const token = nextToken;
          const output = await withDeadline(
            abortSignal =>
              client.send(
                new DescribeAlarmsCommand({
                  AlarmNames: names.slice(i, i + DESCRIBE_BATCH),
                  AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
                  MaxRecords: DESCRIBE_BATCH,
                  NextToken: token,
                }),
                { abortSignal },
              ),
            this.requestTimeoutMs,
            signal,
          );
          for (const alarm of [
            ...(output.MetricAlarms ?? []),
            ...(output.CompositeAlarms ?? []),
          ]) {
            if (alarm.AlarmName) {
              alarms.set(alarm.AlarmName, {
                state: alarm.StateValue,
                since: alarm.StateUpdatedTimestamp,
              });
            }
          }
          nextToken = output.NextToken;
        } while (nextToken);
      }
      return { kind: 'found', alarms };
    } catch (error) {
      const name = (error as { name?: string } | undefined)?.name;
      const reason =
        interruptionOf(error) === 'timeout'
          ? `no answer within ${this.requestTimeoutMs} ms`
          : [name, awsErrorDetail(error)].filter(Boolean).join(': ');
      this.logger.warn(
        `Readiness: DescribeAlarms in ${where(location)} failed: ${reason}`,
      );
      return { kind: 'failed', reason };
    }
  }

  private judge(
    result: CheckResult,
    alarms: string[],
    location: Location,
    lookup: Lookup,
  ): CheckResult {
    const verifiedWith: CheckResult['verifiedWith'] = [
      ...new Set([...result.verifiedWith, 'cloudwatch' as const]),
    ];
    if (lookup.kind === 'failed') {
      const reason = `The declared alarms could not be looked up in CloudWatch (${where(
        location,
      )}): ${lookup.reason}.`;
      return result.status === 'fail'
        ? { ...result, notes: [...(result.notes ?? []), reason] }
        : couldNotVerify(result, reason, 'cloudwatch');
    }
    const graceMs = this.settings.insufficientDataGraceHours * 3_600_000;
    const missing = alarms.filter(name => !lookup.alarms.has(name));
    const stuck = alarms.filter(name => {
      const alarm = lookup.alarms.get(name);
      return (
        alarm?.state === 'INSUFFICIENT_DATA' &&
        (!alarm.since || this.now().getTime() - alarm.since.getTime() > graceMs)
      );
    });
    const firing = alarms.filter(
      name => lookup.alarms.get(name)?.state === 'ALARM',
    );
    const notes = [...(result.notes ?? [])];
    if (firing.length > 0) {
      notes.push(`In ALARM right now: ${firing.join(', ')}.`);
    }

    const problems: string[] = [];
    if (missing.length > 0) {
      problems.push(
        `Not found in CloudWatch (${where(location)}): ${missing.join(', ')}.`,
      );
    }
    if (stuck.length > 0) {
      problems.push(
        `Stuck in INSUFFICIENT_DATA for more than ${
          this.settings.insufficientDataGraceHours
        } hours, so they can never fire: ${stuck
          .map(name => {
            const since = lookup.alarms.get(name)?.since;
            return since ? `${name} (since ${since.toISOString()})` : name;
          })
          .join(', ')}.`,
      );
    }
    if (problems.length > 0) {
      return {
        ...result,
        ...(notes.length ? { notes } : {}),
        verifiedWith,
        status: 'fail',
        reason: [result.status === 'fail' ? result.reason : '', ...problems]
          .filter(Boolean)
          .join(' '),
        fix: [
          missing.length > 0
            ? `Create the missing alarms or correct their names in ${ANNOTATION_CLOUDWATCH_ALARMS}.`
            : '',
          stuck.length > 0
            ? 'Fix the metric, dimensions or resource name of the alarms stuck in INSUFFICIENT_DATA.'
            : '',
          result.status === 'fail' && result.fix ? result.fix : '',
        ]
          .filter(Boolean)
          .join(' '),
      };
    }
    return {
      ...result,
      ...(notes.length ? { notes } : {}),
      verifiedWith,
      reason: `${result.reason} All ${
        alarms.length
      } exist in CloudWatch (${where(location)}) and report data.`,
    };
  }

  async startRun(
    entities: Entity[],
    signal?: AbortSignal,
  ): Promise<VerifyCheck> {
    const groups = new Map<
      string,
      { location: Location; names: Set<string> }
    >();
    for (const entity of entities) {
      const alarms = cloudWatchAlarmsOf(entity);
      const location = this.locate(entity);
      if (alarms.length === 0 || !location) continue;
      const key = `${location.accountId ?? ''}|${location.region}`;
      const group = groups.get(key) ?? { location, names: new Set<string>() };
      alarms.forEach(name => group.names.add(name));
      groups.set(key, group);
    }
    const describe = limitConcurrency(
      2,
      (location: Location, names: string[]) =>
        this.describe(location, names, signal),
    );
    const lookups = new Map<string, Promise<Lookup>>();
    for (const [key, { location, names }] of groups) {
      lookups.set(key, describe(location, [...names].sort()));
    }

    return async (entity, result) => {
      const alarms = cloudWatchAlarmsOf(entity);
      if (alarms.length === 0) return result;
      const location = this.locate(entity);
      if (!location) {
        return {
          ...result,
          notes: [
            ...(result.notes ?? []),
            'CloudWatch not checked: no AWS region for this entity (amazonaws.com/arn names none and stagecraft.readiness.cloudwatch.defaultRegion is not set).',
          ],
        };
      }
      const key = `${location.accountId ?? ''}|${location.region}`;
      const lookup = lookups.get(key) ?? describe(location, alarms); // entity not seen at run start
      return this.judge(result, alarms, location, await lookup);
    };
  }
}

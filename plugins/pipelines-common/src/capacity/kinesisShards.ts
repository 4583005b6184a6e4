import {
  ANNOTATION_CLOUDWATCH_ALARMS,
  ExpectedPeak,
} from '@stagecraft/catalog-conventions-common';
import { formatCount, formatRate, headroomText } from './format';
import { checkNeed } from './checkResults';
import { CapacityCheckResult } from './types';

/** What one provisioned shard takes in: 1,000 records and 1 MB per second. */
export const SHARD_RECORDS_PER_SECOND = 1000;
export const SHARD_BYTES_PER_SECOND = 1024 * 1024;

export interface KinesisShardsInput {
  resourceRef: string;
  streamName: string;
  peak: ExpectedPeak;
  /** `ON_DEMAND` or `PROVISIONED`. */
  mode?: string;
  openShards?: number;
  headroom: number;
}

/** Shards (or on-demand mode) ≥ peak records/s ÷ 1,000 and peak bytes/s ÷ 1 MB. */
export function checkKinesisShards(
  input: KinesisShardsInput,
): CapacityCheckResult {
  const { resourceRef, streamName, peak, mode, openShards, headroom } = input;
  const resource = `Kinesis stream ${streamName}`;
  if (mode === 'ON_DEMAND') {
    return {
      kind: 'kinesis-shards',
      resourceRef,
      resource,
      verdict: 'pass',
      arithmetic: `on-demand: Kinesis adds shards as ${formatRate(
        peak,
      )} arrive (up to double the previous peak at once)${
        openShards !== undefined ? `; ${formatCount(openShards)} open now` : ''
      }`,
      numbers: { ratePerSecond: peak.ratePerSecond },
    };
  }
  const rate = peak.ratePerSecond * headroom;
  const byRecords = rate / SHARD_RECORDS_PER_SECOND;
  const byBytes =
    peak.payloadBytes === undefined
      ? undefined
      : (rate * peak.payloadBytes) / SHARD_BYTES_PER_SECOND;
  const needed = Math.ceil(Math.max(byRecords, byBytes ?? 0) - 1e-9);
  const bytesText =
    byBytes === undefined
      ? 'no payload size declared, so bytes/s not checked'
      : `${formatCount(
          peak.payloadBytes!,
        )} B each ÷ 1 MB/s per shard = ${formatCount(byBytes)}`;
  const needs = `needs ${formatCount(needed)} shards at ${formatRate(
    peak,
  )}${headroomText(headroom)} (÷ 1,000 records/s per shard = ${formatCount(
    byRecords,
  )}; ${bytesText})`;
  return checkNeed(
    { kind: 'kinesis-shards', resourceRef, resource },
    {
      needed,
      needs,
      available: openShards,
      unread: 'its shard count',
      has: shards => `${formatCount(shards)} open shards`,
      numbers: shards => ({
        needed,
        openShards: shards,
        byRecords,
        ...(byBytes !== undefined ? { byBytes } : {}),
        headroom,
      }),
      fix: `Reshard ${streamName} to at least ${formatCount(
        needed,
      )} shards (UpdateShardCount), or switch it to on-demand.`,
    },
  );
}

export interface IteratorAgeAlarmsInput {
  resourceRef: string;
  streamName: string;
  /** Each consumer of the stream with the iterator-age alarms found on it. */
  consumers: Array<{ name: string; alarms: string[] }>;
  /** Alarms on the stream's own `GetRecords.IteratorAgeMilliseconds`, which cover every consumer. */
  streamAlarms: string[];
}

/** Every consumer of a stream has an iterator-age alarm (or the stream has one). */
export function checkIteratorAgeAlarms(
  input: IteratorAgeAlarmsInput,
): CapacityCheckResult {
  const { resourceRef, streamName, consumers, streamAlarms } = input;
  const resource = `Kinesis stream ${streamName}`;
  const base = {
    kind: 'kinesis-iterator-age-alarm' as const,
    resourceRef,
    resource,
  };
  const numbers = {
    consumers: consumers.length,
    streamAlarms: streamAlarms.length,
  };
  if (streamAlarms.length > 0) {
    return {
      ...base,
      verdict: 'pass',
      arithmetic: `the stream's iterator age is alarmed (${streamAlarms.join(
        ', ',
      )})${
        consumers.length > 0
          ? `, which covers its ${formatCount(consumers.length)} consumers`
          : ''
      }`,
      numbers,
    };
  }
  if (consumers.length === 0) {
    return {
      ...base,
      verdict: 'fail',
      arithmetic:
        'no consumer is known and the stream has no iterator-age alarm',
      numbers,
      fix: `Alarm on GetRecords.IteratorAgeMilliseconds of ${streamName}, or on IteratorAge of each consuming Lambda.`,
    };
  }
  const without = consumers.filter(c => c.alarms.length === 0);
  const described = consumers
    .map(c => (c.alarms.length ? `${c.name} (${c.alarms.join(', ')})` : c.name))
    .join(', ');
  if (without.length === 0) {
    return {
      ...base,
      verdict: 'pass',
      arithmetic: `every consumer has an iterator-age alarm: ${described}`,
      numbers,
    };
  }
  return {
    ...base,
    verdict: 'fail',
    arithmetic: `${formatCount(without.length)} of ${formatCount(
      consumers.length,
    )} consumers have no iterator-age alarm: ${without
      .map(c => c.name)
      .join(', ')}`,
    numbers: { ...numbers, withoutAlarm: without.length },
    fix: `Create an IteratorAge alarm for ${without
      .map(c => c.name)
      .join(', ')} and list it in ${ANNOTATION_CLOUDWATCH_ALARMS}.`,
  };
}

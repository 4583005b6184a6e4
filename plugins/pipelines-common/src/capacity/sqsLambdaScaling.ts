import { ExpectedPeak } from '@stagecraft/catalog-conventions-common';
import { formatCount, formatRate, headroomText } from './format';
import { LambdaDuration } from './lambdaConcurrency';
import { decidedCheck, unknownCheck } from './checkResults';
import { CapacityCheckResult } from './types';

export interface SqsLambdaScalingInput {
  resourceRef: string;
  functionName: string;
  queueName: string;
  peak: ExpectedPeak;
  duration?: LambdaDuration;
  batchSize?: number;
  /** The mapping's `ScalingConfig.MaximumConcurrency`, when set. */
  maximumConcurrency?: number;
  /** What else caps the function: its reserved concurrency, else the account's unreserved pool. */
  functionLimit?: { value: number; what: string };
  headroom: number;
}

/**
 * An SQS event source keeps up when its concurrent batches ≥ peak rate × duration ÷ batch
 * size × headroom, capped by the mapping's maximum concurrency and the function's limit.
 */
export function checkSqsLambdaScaling(
  input: SqsLambdaScalingInput,
): CapacityCheckResult {
  const { resourceRef, functionName, queueName, peak, duration, headroom } =
    input;
  const resource = `SQS ${queueName} → Lambda ${functionName}`;
  if (!duration || !input.batchSize) {
    return unknownCheck(
      'sqs-lambda-scaling',
      resourceRef,
      resource,
      `its ${!duration ? 'duration' : 'batch size'} could not be read`,
    );
  }
  const batchSize = input.batchSize;
  const needed = Math.ceil(
    ((peak.ratePerSecond * duration.ms) / 1000 / batchSize) * headroom - 1e-9,
  );
  const needs = `needs ${formatCount(
    needed,
  )} concurrent batches at ${formatRate(peak)} × ${formatCount(
    duration.ms,
  )} ms${
    duration.from === 'timeout' ? ' (timeout)' : ''
  } ÷ batch size ${formatCount(batchSize)}${headroomText(headroom)}`;
  const caps: Array<{ value: number; what: string }> = [];
  if (input.maximumConcurrency !== undefined) {
    caps.push({
      value: input.maximumConcurrency,
      what: 'maximum concurrency',
    });
  }
  if (input.functionLimit) caps.push(input.functionLimit);
  if (caps.length === 0) {
    return unknownCheck(
      'sqs-lambda-scaling',
      resourceRef,
      resource,
      `${needs}; neither its maximum concurrency nor the function's concurrency could be read`,
    );
  }
  const cap = caps.reduce((a, b) => (b.value < a.value ? b : a));
  const capText = caps.map(c => `${c.what} ${formatCount(c.value)}`).join(', ');
  const ok = cap.value >= needed;
  return decidedCheck(
    { kind: 'sqs-lambda-scaling', resourceRef, resource },
    ok,
    {
      arithmetic: `${needs}; ${capText}`,
      numbers: {
        needed,
        batchSize,
        durationMs: duration.ms,
        cap: cap.value,
        ...(input.maximumConcurrency !== undefined
          ? { maximumConcurrency: input.maximumConcurrency }
          : {}),
      },
      fix: `Raise the ${cap.what} of ${functionName} to at least ${formatCount(
        needed,
      )}, or a larger batch size on its ${queueName} mapping.`,
    },
  );
}

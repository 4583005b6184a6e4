import { ExpectedPeak } from '@stagecraft/catalog-conventions-common';
import { formatCount, formatRate, headroomText } from './format';
import { checkNeed, decidedCheck } from './checkResults';
import { CapacityCheckResult } from './types';

/** Which side of a table the peak falls on. */
export type TableAccess = 'reads' | 'writes';

/** Provisioned and auto-scaling capacity of one side of a table. */
export interface TableSideCapacity {
  provisioned?: number;
  /** The auto-scaling target's maximum, when the side auto-scales. */
  autoScalingMax?: number;
  /** On-demand tables' optional maximum request units. */
  onDemandMax?: number;
}

export interface DynamoDbCapacityInput {
  resourceRef: string;
  tableName: string;
  peak: ExpectedPeak;
  access: TableAccess;
  /** `PAY_PER_REQUEST` (on-demand) or `PROVISIONED`. */
  billingMode?: string;
  capacity: TableSideCapacity;
  headroom: number;
}

/** Capacity units one item costs: a write 1 per KB, a strongly consistent read 1 per 4 KB. */
function unitsPerItem(access: TableAccess, payloadBytes?: number): number {
  const size = access === 'writes' ? 1024 : 4096;
  return Math.max(1, Math.ceil((payloadBytes ?? 1) / size));
}

/** On-demand, or provisioned capacity / auto-scaling maximum ≥ peak. */
export function checkDynamoDbCapacity(
  input: DynamoDbCapacityInput,
): CapacityCheckResult {
  const { resourceRef, tableName, peak, access, billingMode, capacity } = input;
  const resource = `DynamoDB table ${tableName} (${access})`;
  const unit = access === 'writes' ? 'WCU' : 'RCU';
  const perItem = unitsPerItem(access, peak.payloadBytes);
  const needed = Math.ceil(
    peak.ratePerSecond * perItem * input.headroom - 1e-9,
  );
  const sizeText =
    peak.payloadBytes === undefined
      ? `${access === 'writes' ? '≤ 1 KB' : '≤ 4 KB'} assumed`
      : `${formatCount(peak.payloadBytes)} B`;
  const needs = `needs ${formatCount(needed)} ${unit} at ${formatRate(
    peak,
  )} × ${perItem} ${unit} each (${sizeText})${headroomText(input.headroom)}`;
  const numbers: Record<string, number> = { needed, unitsPerItem: perItem };
  if (billingMode === 'PAY_PER_REQUEST') {
    if (capacity.onDemandMax !== undefined && capacity.onDemandMax > 0) {
      const ok = capacity.onDemandMax >= needed;
      return decidedCheck(
        { kind: 'dynamodb-capacity', resourceRef, resource },
        ok,
        {
          arithmetic: `on-demand; ${needs}; maximum ${formatCount(
            capacity.onDemandMax,
          )} ${unit}`,
          numbers: { ...numbers, onDemandMax: capacity.onDemandMax },
          fix: `Raise the on-demand maximum ${
            access === 'writes' ? 'write' : 'read'
          } request units of ${tableName} to at least ${formatCount(
            needed,
          )}, or remove the maximum.`,
        },
      );
    }
    return {
      kind: 'dynamodb-capacity',
      resourceRef,
      resource,
      verdict: 'pass',
      arithmetic: `on-demand with no maximum: scales to the ${formatCount(
        needed,
      )} ${unit} the peak needs`,
      numbers,
    };
  }
  return checkNeed(
    { kind: 'dynamodb-capacity', resourceRef, resource },
    {
      needed,
      needs,
      available:
        billingMode === undefined
          ? undefined
          : capacity.autoScalingMax ?? capacity.provisioned,
      unread: 'its billing mode or capacity',
      has: available =>
        capacity.autoScalingMax !== undefined
          ? `auto-scaling maximum ${formatCount(
              capacity.autoScalingMax,
            )} ${unit}${
              capacity.provisioned !== undefined
                ? ` (provisioned now ${formatCount(capacity.provisioned)})`
                : ''
            }`
          : `provisioned ${formatCount(available)} ${unit}, no auto-scaling`,
      numbers: available => ({ ...numbers, available }),
      fix: `Raise the ${
        capacity.autoScalingMax !== undefined
          ? 'auto-scaling maximum'
          : 'provisioned capacity'
      } of ${tableName} to at least ${formatCount(
        needed,
      )} ${unit}, or switch it to on-demand.`,
    },
  );
}

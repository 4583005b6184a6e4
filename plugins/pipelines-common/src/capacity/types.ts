import { ExpectedPeak } from '@stagecraft/catalog-conventions-common';
import { MetricsSourceKind } from '../api';

/** What a capacity check decided; `unknown` when what it needs could not be read. */
export type CapacityVerdict = 'pass' | 'fail' | 'unknown';

/** The capacity checks, one per thing that can run out at peak. */
export type CapacityCheckKind =
  | 'lambda-concurrency'
  | 'lambda-account-concurrency'
  | 'kinesis-shards'
  | 'kinesis-iterator-age-alarm'
  | 'sqs-lambda-scaling'
  | 'dynamodb-capacity'
  | 'aurora-replica-lag-alarm'
  | 'aurora-failover-runbook';

/** One capacity check of one AWS resource against the expected peak. */
export interface CapacityCheckResult {
  kind: CapacityCheckKind;
  /** The catalog entity of the resource (for the account check, the entity the peak is declared on). */
  resourceRef: string;
  /** What was checked, for people: `Lambda event-processor-prod`. */
  resource: string;
  /** The owner of the resource's entity, lower-case (`group:default/data-team`), when known. */
  resourceOwner?: string;
  verdict: CapacityVerdict;
  /**
   * The arithmetic in words, e.g. "needs 1,440 concurrent executions at 4,000 requests/s ×
   * 300 ms × 1.2 headroom; reserved 500". For `unknown`, why it could not be checked.
   */
  arithmetic: string;
  /** The numbers the arithmetic used, by name. */
  numbers: Record<string, number>;
  /** How to fix a failure. */
  fix?: string;
  /** Set when what was read is an older copy (AWS did not answer now). */
  staleNote?: string;
}

/** The capacity of an entity against its expected peak (`GET .../capacity`). */
export interface CapacityReport {
  entityRef: string;
  /** The peak the entity declares; undefined when it declares none or its annotations are invalid. */
  peak?: ExpectedPeak;
  /** Where the configuration came from: AWS, or the simulated source. */
  source: MetricsSourceKind;
  /** The headroom multiplied into every rate-based need. */
  headroom: number;
  /** `fail` when any check fails, else `unknown` when any is unknown, else `pass`. */
  verdict: CapacityVerdict;
  checks: CapacityCheckResult[];
  /** Bad annotations and resources that could not be checked at all, each naming the entity. */
  problems: string[];
  generatedAt: string;
}

/** The headroom used unless `stagecraft.pipelines.capacity.headroom` says otherwise. */
export const DEFAULT_CAPACITY_HEADROOM = 1.2;

import { Entity } from '@backstage/catalog-model';
import {
  AwsTarget,
  CapacityLocation,
  Freshness,
  MetricsSourceKind,
  TableSideCapacity,
} from '@stagecraft/plugin-pipelines-common';

/** A read for a capacity check: the value when it could be had, and how fresh it is. */
export interface CapacityFact<T> {
  value?: T;
  freshness: Freshness;
}

/** A region's Lambda concurrency (`lambda:GetAccountSettings`). */
export interface AccountConcurrency {
  limit?: number;
  unreserved?: number;
}

/** Who reads a stream and which iterator-age alarms watch it. */
export interface StreamConsumerAlarms {
  consumers: Array<{ name: string; alarms: string[] }>;
  /** Alarms on the stream's own `GetRecords.IteratorAgeMilliseconds`. */
  streamAlarms: string[];
}

/** A DynamoDB table's billing mode and each side's capacity. */
export interface TableCapacity {
  billingMode?: string;
  reads: TableSideCapacity;
  writes: TableSideCapacity;
}

/** What the catalog says about a resource, for the simulated source (and declared alarms). */
export interface CatalogSide {
  entity: Entity;
  /** Entities reading from it (`readBy`), as far as the caller may see them. */
  readers: Entity[];
}

/**
 * The reads capacity checks need beyond the live stage configuration and metrics: from AWS,
 * or simulated. Each answers with a fact whose `freshness.error` says why it is missing.
 */
export interface CapacityFactsSource {
  readonly kind: MetricsSourceKind;
  accountConcurrency(
    at: CapacityLocation,
  ): Promise<CapacityFact<AccountConcurrency>>;
  streamConsumerAlarms(
    stream: AwsTarget,
    catalog: CatalogSide,
  ): Promise<CapacityFact<StreamConsumerAlarms>>;
  tableCapacity(
    at: CapacityLocation,
    tableName: string,
    catalog: CatalogSide,
  ): Promise<CapacityFact<TableCapacity>>;
  replicaLagAlarms(
    at: CapacityLocation,
    clusterId: string,
    catalog: CatalogSide,
  ): Promise<CapacityFact<string[]>>;
}

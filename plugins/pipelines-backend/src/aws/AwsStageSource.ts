import { SharedCache } from '../cache/SharedCache';
import { AwsStageReads, AwsStageReadsOptions } from './AwsStageReads';
import { AwsClientFactory } from './clients';

/** A source that reads stages from the AWS APIs: its clients, and its reads through the shared cache. */
export abstract class AwsStageSource<T> {
  readonly kind = 'cloudwatch' as const;
  protected readonly reads: AwsStageReads<T>;

  constructor(
    protected readonly clients: AwsClientFactory,
    cache: SharedCache,
    options: AwsStageReadsOptions = {},
  ) {
    this.reads = new AwsStageReads(cache, options);
  }
}

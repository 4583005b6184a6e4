import { mapConcurrently } from '@stagecraft/backend-node';
import { SecretStoreItem } from '../types';
import { AwsStoreReader, AwsStoreReaderOptions } from './AwsStoreReader';

/** How many describe calls run at once by default. */
const DEFAULT_DESCRIBE_CONCURRENCY = 4;

/**
 * Options of the AWS readers that describe each listed thing (ACM, KMS).
 *
 * @public
 */
export interface DescribingAwsStoreReaderOptions<C>
  extends AwsStoreReaderOptions<C> {
  /** How many describe calls run at once; default 4. */
  describeConcurrency?: number;
}

/**
 * An AWS reader whose listing names things it then describes one by one, a few at a time.
 *
 * @public
 */
export abstract class DescribingAwsStoreReader<C> extends AwsStoreReader<C> {
  private readonly describeConcurrency: number;

  constructor(options: DescribingAwsStoreReaderOptions<C>) {
    super(options);
    this.describeConcurrency =
      options.describeConcurrency ?? DEFAULT_DESCRIBE_CONCURRENCY;
  }

  /** The item of each listed thing, a few at a time; things `describe` finds gone are left out. */
  protected async describeEach<T>(
    listed: readonly T[],
    describe: (thing: T) => Promise<SecretStoreItem | undefined>,
  ): Promise<SecretStoreItem[]> {
    const items = await mapConcurrently(
      listed,
      this.describeConcurrency,
      describe,
    );
    return items.filter((item): item is SecretStoreItem => item !== undefined);
  }
}

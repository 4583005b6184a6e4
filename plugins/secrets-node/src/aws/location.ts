import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_STORE_AWS_ACCOUNT,
  ANNOTATION_STORE_AWS_REGION,
} from '@stagecraft/catalog-conventions-common';

/**
 * Where an AWS store is. An empty account id means the default account of the `aws`
 * app-config (`aws.mainAccount`), as in the pipelines backend.
 *
 * @public
 */
export interface AwsStoreLocation {
  accountId: string;
  /** One or more regions: a store may span several (ACM for CloudFront and for ALBs). */
  regions: string[];
}

/**
 * Reads `stagecraft.io/store-aws-account` and `stagecraft.io/store-aws-region`
 * (comma-separated regions) from a `secret-store` entity. Undefined when no region is
 * known, from the annotation or `defaultRegion`.
 *
 * @public
 */
export function readAwsStoreLocation(
  store: Entity,
  defaultRegion?: string,
): AwsStoreLocation | undefined {
  const annotations = store.metadata.annotations ?? {};
  const accountId = (annotations[ANNOTATION_STORE_AWS_ACCOUNT] ?? '').trim();
  const regions = (
    annotations[ANNOTATION_STORE_AWS_REGION] ??
    defaultRegion ??
    ''
  )
    .split(',')
    .map(region => region.trim())
    .filter(Boolean);
  return regions.length ? { accountId, regions } : undefined;
}

import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_AWS_ARN,
  ANNOTATION_ROADIE_LAMBDA_REGION,
  annotationOf,
  parseArn,
} from '@stagecraft/catalog-conventions-common';

/** Where an alarm lives, from the entity's ARN (or Roadie's Lambda region annotation). */
export function awsLocationOf(entity: Entity): {
  accountId?: string;
  region?: string;
} {
  const raw = annotationOf(entity, ANNOTATION_AWS_ARN);
  const arn = raw === undefined ? undefined : parseArn(raw);
  const region =
    arn?.region || annotationOf(entity, ANNOTATION_ROADIE_LAMBDA_REGION);
  return {
    accountId: arn?.accountId || undefined,
    region: region || undefined,
  };
}

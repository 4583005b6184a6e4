import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_AWS_ARN,
  ANNOTATION_CLOUDWATCH_ALARMS,
  ANNOTATION_DATADOG_MONITOR_IDS,
  ANNOTATION_READS_FROM,
  ANNOTATION_ROADIE_LAMBDA_REGION,
  annotationOf,
  parseArn,
  parseRef,
  ParsedRef,
} from '@stagecraft/catalog-conventions-common';

export {
  ANNOTATION_AWS_ARN,
  ANNOTATION_CLOUDWATCH_ALARMS,
  ANNOTATION_DATADOG_MONITOR_IDS,
  ANNOTATION_ONCALL_CONTACT,
  ANNOTATION_OPSGENIE_TEAM,
  ANNOTATION_PAGERDUTY_SERVICE_ID,
  ANNOTATION_READS_FROM,
  ANNOTATION_ROADIE_LAMBDA_REGION as ANNOTATION_LAMBDA_REGION,
  ANNOTATION_WRITES_TO,
  LINK_TYPE_ONCALL,
  LINK_TYPE_RUNBOOK,
  annotationOf,
  entityRefOf,
  isKind,
  namespaceOf,
  oncallContactOf,
  ownerRefOf,
  parseRef,
  refKey,
} from '@stagecraft/catalog-conventions-common';
export type { ParsedRef } from '@stagecraft/catalog-conventions-common';

const lower = (value: string) => value.toLowerCase();

/** Splits a comma-separated annotation into trimmed, non-empty entries. */
export function splitList(value: string | undefined): string[] {
  if (!value) {
    return [];
  }
  return value
    .split(',')
    .map(item => item.trim())
    .filter(item => item !== '');
}

export function specString(entity: Entity, field: string): string | undefined {
  const value = entity.spec?.[field];
  return typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : undefined;
}

/** `spec.system`, with kind `system` as default. */
export function systemRefOf(entity: Entity): ParsedRef | undefined {
  const system = specString(entity, 'system');
  return system === undefined ? undefined : parseRef(system, entity, 'system');
}

/** `spec.domain`, with kind `domain` as default. */
export function domainRefOf(entity: Entity): ParsedRef | undefined {
  const domain = specString(entity, 'domain');
  return domain === undefined ? undefined : parseRef(domain, entity, 'domain');
}

/** The refs in `stagecraft.io/reads-from`. */
export function readsFromOf(entity: Entity): ParsedRef[] {
  return splitList(annotationOf(entity, ANNOTATION_READS_FROM)).map(raw =>
    parseRef(raw, entity),
  );
}

export type EntityLink = {
  /** Position in `metadata.links`, for messages such as `metadata.links[2]`. */
  index: number;
  url: string;
  title?: string;
  type?: string;
};

/** `metadata.links` entries whose `type` is `type` (case-insensitive). */
export function linksOfType(
  entity: Entity | undefined,
  type: string,
): EntityLink[] {
  const links = entity?.metadata?.links;
  if (!Array.isArray(links)) {
    return [];
  }
  return links.flatMap((link, index) => {
    if (
      !link ||
      typeof link.type !== 'string' ||
      lower(link.type.trim()) !== lower(type)
    ) {
      return [];
    }
    return [
      {
        index,
        url: typeof link.url === 'string' ? link.url : '',
        title: typeof link.title === 'string' ? link.title : undefined,
        type: link.type,
      },
    ];
  });
}

/** The CloudWatch alarm names in `stagecraft.io/cloudwatch-alarms`, de-duplicated. */
export function cloudWatchAlarmsOf(entity: Entity): string[] {
  return [
    ...new Set(splitList(annotationOf(entity, ANNOTATION_CLOUDWATCH_ALARMS))),
  ];
}

/** The Datadog monitor ids in `datadoghq.com/monitor-ids`, de-duplicated. */
export function datadogMonitorsOf(entity: Entity): string[] {
  return [
    ...new Set(splitList(annotationOf(entity, ANNOTATION_DATADOG_MONITOR_IDS))),
  ];
}

/**
 * Why `url` is not a well-formed runbook link, or undefined when it is: it
 * must be an absolute https URL with a host and without credentials.
 */
export function problemWithHttpsUrl(url: string): string | undefined {
  if (url.trim() === '') {
    return 'has no url';
  }
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return 'is not a valid URL';
  }
  if (parsed.protocol !== 'https:') {
    return `uses ${parsed.protocol.replace(/:$/, '')} instead of https`;
  }
  if (!parsed.hostname) {
    return 'has no host';
  }
  if (parsed.username || parsed.password) {
    return 'contains credentials';
  }
  return undefined;
}

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

import {
  CompoundEntityRef,
  DEFAULT_NAMESPACE,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  ANNOTATION_AWS_ARN,
  ANNOTATION_CLOUDWATCH_ALARMS,
  ANNOTATION_DATADOG_MONITOR_IDS,
  ANNOTATION_ONCALL_CONTACT,
  ANNOTATION_READS_FROM,
  ANNOTATION_ROADIE_LAMBDA_REGION,
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
} from '@stagecraft/catalog-conventions-common';

const lower = (value: string) => value.toLowerCase();

/** The entity's ref, tolerating a missing metadata block. */
export function entityRefOf(entity: Entity): string {
  return stringifyEntityRef({
    kind: entity.kind,
    namespace: entity.metadata?.namespace || DEFAULT_NAMESPACE,
    name: entity.metadata?.name ?? '',
  });
}

/** A lower-case `kind:namespace/name` usable as a map key. */
export function refKey(ref: CompoundEntityRef | Entity): string {
  return lower('metadata' in ref ? entityRefOf(ref) : stringifyEntityRef(ref));
}

export function namespaceOf(entity: Entity): string {
  return entity.metadata?.namespace || DEFAULT_NAMESPACE;
}

export function isKind(entity: Entity | undefined, kind: string): boolean {
  return typeof entity?.kind === 'string' && lower(entity.kind) === lower(kind);
}

/** A trimmed annotation value, or undefined when missing or blank. */
export function annotationOf(
  entity: Entity | undefined,
  name: string,
): string | undefined {
  const value = entity?.metadata?.annotations?.[name];
  if (typeof value !== 'string') {
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

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

export type ParsedRef = { ref?: CompoundEntityRef; raw: string };

/** Parses a ref the way the catalog does, with defaults; `ref` is unset when invalid. */
export function parseRef(
  raw: string,
  context: Entity,
  defaultKind?: string,
): ParsedRef {
  try {
    return {
      raw,
      ref: parseEntityRef(raw, {
        defaultKind,
        defaultNamespace: namespaceOf(context),
      }),
    };
  } catch {
    return { raw };
  }
}

/** `spec.owner`, with kind `group` and the entity's namespace as defaults. */
export function ownerRefOf(entity: Entity): ParsedRef | undefined {
  const owner = specString(entity, 'owner');
  return owner === undefined ? undefined : parseRef(owner, entity, 'group');
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

/** The on-call contact a Group names, with kind `user` as default. */
export function oncallContactOf(group: Entity): ParsedRef | undefined {
  const contact = annotationOf(group, ANNOTATION_ONCALL_CONTACT);
  return contact === undefined ? undefined : parseRef(contact, group, 'user');
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
  const arn = annotationOf(entity, ANNOTATION_AWS_ARN);
  const parts = arn?.split(':') ?? [];
  const region =
    (parts[0] === 'arn' && parts[3]) ||
    annotationOf(entity, ANNOTATION_ROADIE_LAMBDA_REGION);
  const accountId = parts[0] === 'arn' && parts[4] ? parts[4] : undefined;
  return { accountId, region: region || undefined };
}

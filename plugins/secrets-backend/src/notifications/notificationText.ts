import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotificationSeverity } from '@backstage/plugin-notifications-common';
import { ownerRefOf } from '@stagecraft/catalog-conventions-common';
import type { FindingSeverity } from '@stagecraft/plugin-secrets-common';

/** An entity's title, else its name; else the name in its ref. */
export function displayNameOf(ref: string, entity?: Entity): string {
  if (entity) return entity.metadata.title ?? entity.metadata.name;
  return ref.replace(/^[^:]+:(?:[^/]+\/)?/, '');
}

/** A ref the notifications backend can resolve: kind, namespace and name, else undefined. */
export function notifiableRef(ref?: string): string | undefined {
  if (!ref) return undefined;
  let parsed: CompoundEntityRef;
  try {
    parsed = parseEntityRef(ref);
  } catch {
    return undefined;
  }
  return stringifyEntityRef(parsed);
}

/** `spec.owner` of the entity as a full ref (kind `group`, the entity's namespace by default). */
export function ownerOf(entity?: Entity): string | undefined {
  const owner = entity ? ownerRefOf(entity)?.ref : undefined;
  return owner ? stringifyEntityRef(owner) : undefined;
}

/** A finding of severity `error` is high, `warning` normal, `info` low. */
export function notificationSeverityOf(
  severity: FindingSeverity,
): NotificationSeverity {
  if (severity === 'error') return 'high';
  return severity === 'warning' ? 'normal' : 'low';
}

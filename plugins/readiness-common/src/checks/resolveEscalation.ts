import { Entity } from '@backstage/catalog-model';
import { ReadinessCatalogView } from '../catalog/catalogView';
import {
  annotationOf,
  ANNOTATION_OPSGENIE_TEAM,
  ANNOTATION_PAGERDUTY_SERVICE_ID,
  entityRefOf,
} from '@stagecraft/catalog-conventions-common';
import { resolveOwner } from './resolveOwner';

export type EscalationTarget = {
  provider: 'pagerduty' | 'opsgenie';
  /** The PagerDuty service id or Opsgenie team name. */
  id: string;
  annotation: string;
  /** The entity the annotation was found on: the entity itself or its owner. */
  declaredOn: string;
  /** True when the entity relies on its owning Group's annotation. */
  inherited: boolean;
};

/** The annotations that name an on-call service, on an entity or its owning Group. */
const ESCALATION_ANNOTATIONS = [
  { provider: 'pagerduty', annotation: ANNOTATION_PAGERDUTY_SERVICE_ID },
  { provider: 'opsgenie', annotation: ANNOTATION_OPSGENIE_TEAM },
] as const;

function targetsOn(entity: Entity, inherited: boolean): EscalationTarget[] {
  const declaredOn = entityRefOf(entity);
  return ESCALATION_ANNOTATIONS.flatMap(({ provider, annotation }) => {
    const id = annotationOf(entity, annotation);
    return id ? [{ provider, id, annotation, declaredOn, inherited }] : [];
  });
}

/**
 * The on-call services that page for `entity`: its own annotations, or when
 * it has none, those of its owning Group.
 */
export function resolveEscalation(
  entity: Entity,
  catalog?: ReadinessCatalogView,
): EscalationTarget[] {
  const own = targetsOn(entity, false);
  if (own.length > 0 || !catalog) {
    return own;
  }
  const owner = resolveOwner(entity, catalog);
  return owner.status === 'resolved' ? targetsOn(owner.group, true) : [];
}

/** Why a PagerDuty service id is malformed, or undefined when it looks right. */
export function problemWithPagerDutyId(id: string): string | undefined {
  if (/^[0-9a-f]{32}$/i.test(id)) {
    return 'looks like an integration key, which is a secret; use the service id (e.g. P7HD3MV) instead';
  }
  if (!/^[A-Z0-9]{5,20}$/.test(id)) {
    return 'does not look like a PagerDuty service id (upper-case letters and digits, e.g. P7HD3MV)';
  }
  return undefined;
}

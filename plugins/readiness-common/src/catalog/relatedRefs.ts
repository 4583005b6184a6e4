import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ANNOTATION_READS_FROM,
  annotationOf,
  oncallContactOf,
  ownerRefOf,
  parseRef,
  ParsedRef,
} from '@stagecraft/catalog-conventions-common';
import { specString, splitList } from './fieldValues';

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

/**
 * The refs the checks look up directly from `entity`: owner, reads-from
 * targets, system and domain, and for a Group its on-call contact. Looking
 * them up, then looking up the related refs of what was found (owner → its
 * on-call contact, system → its domain), gives everything needed to evaluate
 * one entity without loading the whole catalog.
 */
export function relatedRefsOf(entity: Entity): string[] {
  const parsed: Array<ParsedRef | undefined> = [
    ownerRefOf(entity),
    systemRefOf(entity),
    domainRefOf(entity),
    oncallContactOf(entity),
    ...readsFromOf(entity),
  ];
  const refs = new Set<string>();
  for (const item of parsed) {
    if (item?.ref) {
      refs.add(stringifyEntityRef(item.ref));
    }
  }
  return [...refs];
}

import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  domainRefOf,
  oncallContactOf,
  ownerRefOf,
  ParsedRef,
  readsFromOf,
  systemRefOf,
} from '../model';

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

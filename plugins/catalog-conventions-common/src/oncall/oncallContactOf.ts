import { Entity } from '@backstage/catalog-model';
import { ANNOTATION_ONCALL_CONTACT } from '../annotations';
import { annotationOf } from '../annotationOf';
import { parseRef, ParsedRef } from '../refs/parseRef';

/**
 * The on-call contact an owning Group names in `stagecraft.io/oncall-contact`, with
 * kind `user` and the Group's namespace as defaults; undefined when it names none.
 */
export function oncallContactOf(group: Entity): ParsedRef | undefined {
  const contact = annotationOf(group, ANNOTATION_ONCALL_CONTACT);
  return contact === undefined ? undefined : parseRef(contact, group, 'user');
}

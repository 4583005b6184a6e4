import { Entity, RELATION_OWNED_BY } from '@backstage/catalog-model';
import {
  PermissionCondition,
  PermissionCriteria,
  PermissionRuleParams,
} from '@backstage/plugin-permission-common';

type Params = Record<string, any>;

/** `key` of `record`, matched exactly, else case-insensitively as the catalog does. */
function hasEntry(
  record: Record<string, string> | undefined,
  key: string,
  value?: string,
): boolean {
  if (!record) return false;
  if (
    Object.prototype.hasOwnProperty.call(record, key) &&
    (value === undefined || record[key] === value)
  ) {
    return true;
  }
  const lowerKey = key.toLowerCase();
  const lowerValue = value?.toLowerCase();
  return Object.entries(record).some(
    ([k, v]) =>
      k.toLowerCase() === lowerKey &&
      (lowerValue === undefined || String(v).toLowerCase() === lowerValue),
  );
}

/**
 * The catalog's built-in read rules that only look at what the review keeps of
 * each secret and store (kind, annotations, labels, relations), with the
 * catalog's semantics (`@backstage/plugin-catalog-backend`'s `permissionRules`;
 * `catalogConditions.test.ts` holds them equal). Other rules are answered by
 * the catalog itself.
 */
const RULES: Record<string, (entity: Entity, params: Params) => boolean> = {
  IS_ENTITY_KIND: (entity, { kinds }) =>
    (kinds as string[]).some(
      kind => kind.toLowerCase() === entity.kind.toLowerCase(),
    ),
  IS_ENTITY_OWNER: (entity, { claims }) =>
    (entity.relations ?? []).some(
      relation =>
        relation.type === RELATION_OWNED_BY &&
        (claims as string[]).includes(relation.targetRef),
    ),
  HAS_ANNOTATION: (entity, { annotation, value }) =>
    hasEntry(entity.metadata.annotations, annotation, value),
  HAS_LABEL: (entity, { label, value }) =>
    hasEntry(entity.metadata.labels, label, value),
};

type Criteria = PermissionCriteria<
  PermissionCondition<string, PermissionRuleParams>
>;

const isCondition = (
  criteria: Criteria,
): criteria is PermissionCondition<string, PermissionRuleParams> =>
  'rule' in criteria;

/** Whether every rule the criteria name is one of {@link RULES}. */
export function canApplyLocally(criteria: Criteria): boolean {
  if ('allOf' in criteria) return criteria.allOf.every(canApplyLocally);
  if ('anyOf' in criteria) return criteria.anyOf.every(canApplyLocally);
  if ('not' in criteria) return canApplyLocally(criteria.not);
  return isCondition(criteria) && criteria.rule in RULES;
}

/** Applies a conditional decision's criteria to an entity, as the catalog would. */
export function applyConditions(criteria: Criteria, entity: Entity): boolean {
  if ('allOf' in criteria) {
    return criteria.allOf.every(c => applyConditions(c, entity));
  }
  if ('anyOf' in criteria) {
    return criteria.anyOf.some(c => applyConditions(c, entity));
  }
  if ('not' in criteria) return !applyConditions(criteria.not, entity);
  const rule = RULES[criteria.rule];
  if (!rule) {
    throw new Error(`No local implementation of the rule ${criteria.rule}`);
  }
  return rule(entity, (criteria.params ?? {}) as Params);
}

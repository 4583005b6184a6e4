import {
  Entity,
  makeValidator,
  parseEntityRef,
} from '@backstage/catalog-model';
import { formatFieldPath } from '../fieldPath';
import { EntityProblem } from './types';

type RelationField = { field: string; defaultKind?: string };

const owner: RelationField = { field: 'owner', defaultKind: 'Group' };
const system: RelationField = { field: 'system', defaultKind: 'System' };
const dependencies: RelationField[] = [
  { field: 'dependsOn' },
  { field: 'dependencyOf' },
];

/**
 * The spec fields the catalog's `BuiltinKindsEntityProcessor` turns into
 * relations, per kind, with the kind a ref without one defaults to.
 *
 * @public
 */
export const RELATION_FIELDS: Readonly<
  Record<string, readonly RelationField[]>
> = {
  Component: [
    owner,
    { field: 'subcomponentOf', defaultKind: 'Component' },
    { field: 'providesApis', defaultKind: 'API' },
    { field: 'consumesApis', defaultKind: 'API' },
    ...dependencies,
    system,
  ],
  API: [owner, system],
  Resource: [owner, ...dependencies, system],
  User: [{ field: 'memberOf', defaultKind: 'Group' }],
  Group: [
    { field: 'parent', defaultKind: 'Group' },
    { field: 'children', defaultKind: 'Group' },
    { field: 'members', defaultKind: 'User' },
  ],
  System: [owner, { field: 'domain', defaultKind: 'Domain' }],
  Domain: [owner, { field: 'subdomainOf', defaultKind: 'Domain' }],
};

const validators = makeValidator();

function formatProblem(ref: {
  kind: string;
  namespace: string;
  name: string;
}): string | undefined {
  if (!validators.isValidKind(ref.kind)) {
    return `"${ref.kind}" is not a valid kind`;
  }
  if (!validators.isValidNamespace(ref.namespace)) {
    return `"${ref.namespace}" is not a valid namespace`;
  }
  if (!validators.isValidEntityName(ref.name)) {
    return `"${ref.name}" is not a valid entity name`;
  }
  return undefined;
}

function checkRef(
  value: unknown,
  field: string,
  context: { defaultKind?: string; defaultNamespace: string },
): EntityProblem[] {
  let ref;
  try {
    ref = parseEntityRef(value as string, context);
  } catch (error) {
    return [
      {
        ruleId: 'catalog/entity-ref',
        severity: 'error',
        field,
        message: `${field} ${JSON.stringify(
          value,
        )} is not an entity ref the catalog can read: ${
          (error as Error).message
        }.${context.defaultKind ? '' : ' Write it as kind:namespace/name.'}`,
      },
    ];
  }
  const problem = formatProblem(ref);
  return problem
    ? [
        {
          ruleId: 'catalog/unresolvable-ref',
          severity: 'warning',
          field,
          message: `${field} ${JSON.stringify(
            value,
          )} can never point at an entity: ${problem}.`,
        },
      ]
    : [];
}

/**
 * Checks the relation fields of a valid entity the way the catalog reads
 * them after validation: refs it cannot parse make it fail the entity
 * (`catalog/entity-ref`); refs that parse but can never match an entity, and
 * relation fields spelled with other casing, are warnings.
 *
 * @public
 */
export function checkRelationFields(entity: Entity): EntityProblem[] {
  const fields = RELATION_FIELDS[entity.kind];
  const spec = entity.spec;
  if (!fields || !spec || typeof spec !== 'object') {
    return [];
  }
  const context = { defaultNamespace: entity.metadata.namespace ?? 'default' };
  const problems: EntityProblem[] = [];

  for (const { field, defaultKind } of fields) {
    const value = spec[field];
    if (value === undefined || value === null) {
      continue;
    }
    const values = Array.isArray(value) ? value : [value];
    values.forEach((item, index) => {
      const path = formatFieldPath(
        Array.isArray(value) ? ['spec', field, index] : ['spec', field],
      );
      problems.push(...checkRef(item, path, { ...context, defaultKind }));
    });
  }

  for (const key of Object.keys(spec)) {
    const known = fields.find(
      ({ field }) =>
        field !== key &&
        field.toLocaleLowerCase('en-US') === key.toLocaleLowerCase('en-US'),
    );
    if (known) {
      problems.push({
        ruleId: 'catalog/field-casing',
        severity: 'warning',
        field: formatFieldPath(['spec', key]),
        message: `spec.${key} is ignored by the catalog: the field is spelled "${known.field}".`,
      });
    }
  }
  return problems;
}

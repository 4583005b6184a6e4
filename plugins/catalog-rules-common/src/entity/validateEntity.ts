import {
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
  Entity,
  entityEnvelopeSchemaValidator,
  EntityPolicy,
  entitySchemaValidator,
  FieldFormatEntityPolicy,
  groupEntityV1alpha1Validator,
  KindValidator,
  locationEntityV1alpha1Validator,
  makeValidator,
  NoForeignRootFieldsEntityPolicy,
  resourceEntityV1alpha1Validator,
  SchemaValidEntityPolicy,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
} from '@backstage/catalog-model';
import { absolutizeInPortalLinks } from '@stagecraft/catalog-conventions-common';
import { FieldPathSegment, formatFieldPath } from '../fieldPath';
import { FastDefaultNamespaceEntityPolicy } from './defaultNamespace';
import { EntityPlaceholder, resolvePlaceholders } from './placeholders';
import { checkRelationFields } from './relations';
import { EntityProblem, EntityRuleId } from './types';

/**
 * The policies `CatalogBuilder.buildEntityPolicy()` applies by default, in
 * its order, each with the rule its failures are reported under.
 */
const DEFAULT_POLICIES: ReadonlyArray<[EntityRuleId, EntityPolicy]> = [
  ['catalog/envelope', new SchemaValidEntityPolicy()],
  // DefaultNamespaceEntityPolicy's result, without lodash's general merge.
  ['catalog/envelope', new FastDefaultNamespaceEntityPolicy()],
  ['catalog/root-field', new NoForeignRootFieldsEntityPolicy()],
  ['catalog/field-format', new FieldFormatEntityPolicy(makeValidator())],
];

/**
 * The kind validators of the catalog's `BuiltinKindsEntityProcessor`. Kinds
 * from other modules (e.g. the scaffolder's Template) are not processed by a
 * catalog without those modules, which is the case in Stagecraft.
 *
 * @public
 */
export const BUILTIN_KIND_VALIDATORS: readonly KindValidator[] = [
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  resourceEntityV1alpha1Validator,
  groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
  systemEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
];

/**
 * The kind each built-in validator accepts (its schema's `kind` enum). Asked
 * about another kind, it answers no (an enum error on `/kind` alone): it is
 * skipped, neither compiled nor run.
 */
const KIND_OF_VALIDATOR = new Map<KindValidator, string>([
  [apiEntityV1alpha1Validator, 'API'],
  [componentEntityV1alpha1Validator, 'Component'],
  [resourceEntityV1alpha1Validator, 'Resource'],
  [groupEntityV1alpha1Validator, 'Group'],
  [locationEntityV1alpha1Validator, 'Location'],
  [userEntityV1alpha1Validator, 'User'],
  [systemEntityV1alpha1Validator, 'System'],
  [domainEntityV1alpha1Validator, 'Domain'],
]);

/**
 * Stagecraft's backend makes in-portal link paths (`/docs/...`) absolute against
 * `app.baseUrl` before the catalog checks link URLs; any base gives the same verdict, so
 * the checks here run on links made absolute against this one. The entity returned keeps
 * the links as written.
 */
const PORTAL_BASE_FOR_CHECKS = 'https://portal.invalid';

const validateEntitySchema = entitySchemaValidator();
const validateEnvelope = entityEnvelopeSchemaValidator();

/**
 * The kinds Stagecraft's app-config allows (`catalog.rules`): the built-in
 * kinds. The catalog refuses a whole file that holds any other kind.
 *
 * @public
 */
export const STAGECRAFT_ALLOWED_KINDS: readonly string[] = [
  'Component',
  'System',
  'API',
  'Resource',
  'Location',
  'Domain',
  'Group',
  'User',
];

/**
 * Appended to problems that make the catalog read nothing from the file:
 * when it reads a file, one broken document or disallowed entity fails the
 * whole read, and no entity of the file is added or updated.
 *
 * @public
 */
export const FILE_REJECTED_NOTE =
  'The catalog reads nothing from this file while this is wrong.';

const CATALOG_DOCS_SUFFIX =
  / To learn more about catalog file format, visit: \S+$/;

/** `/metadata/links/0` → ['metadata', 'links', 0], using the data to tell indexes from keys. */
function pointerToSegments(pointer: string, data: unknown): FieldPathSegment[] {
  const segments: FieldPathSegment[] = [];
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment =
      Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
    segments.push(segment);
    node = (node as Record<string | number, unknown> | undefined)?.[segment];
  }
  return segments;
}

function valueAt(data: unknown, segments: FieldPathSegment[]): unknown {
  let node = data;
  for (const segment of segments) {
    node = (node as Record<string | number, unknown> | undefined)?.[segment];
  }
  return node;
}

/** `{ $openapi: … }`: a placeholder of a resolver the catalog was not given. */
function unknownPlaceholder(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return undefined;
  }
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0].startsWith('$') ? keys[0] : undefined;
}

/**
 * The catalog's schema errors read `<pointer> <ajv message>`; the pointer
 * ends before the first " must ".
 */
function fromAjvMessage(
  ruleId: EntityRuleId,
  text: string,
  data: unknown,
): EntityProblem {
  const match = /^(<root>|\/\S*(?: \S+)*?) (must .*)$/s.exec(text);
  if (!match) {
    return { ruleId, severity: 'error', message: text };
  }
  const [, pointer, details] = match;
  const rest = details.replace(/ - (?:missingProperty|type): \S+$/, '');
  const segments = pointer === '<root>' ? [] : pointerToSegments(pointer, data);
  const field = formatFieldPath(segments);
  let message = `${field || 'The entity'} ${rest}`;
  const placeholder = unknownPlaceholder(valueAt(data, segments));
  if (placeholder) {
    message += ` (placeholder ${placeholder} is not resolved by this catalog, which knows $text, $json and $yaml)`;
  }
  // The envelope schema says only that an extra field exists; name it.
  if (
    !field &&
    /additional properties/.test(rest) &&
    data &&
    typeof data === 'object'
  ) {
    const extra = Object.keys(data).filter(
      key =>
        ![
          'apiVersion',
          'kind',
          'metadata',
          'spec',
          'relations',
          'status',
        ].includes(key),
    );
    if (extra.length > 0) {
      message = `Unknown root field ${extra
        .map(key => `"${key}"`)
        .join(
          ', ',
        )}; an entity has only apiVersion, kind, metadata and spec at its root.`;
      return {
        ruleId: 'catalog/root-field',
        severity: 'error',
        message,
        field: formatFieldPath([extra[0]]),
      };
    }
  }
  return {
    ruleId,
    severity: 'error',
    message: `${message}.`,
    ...(field ? { field } : {}),
  };
}

/** `FieldFormatEntityPolicy` names fields as `labels.<key>`, `tags.<i>`, `links.<i>.url`. */
function fieldFormatPath(name: string): FieldPathSegment[] {
  for (const prefix of ['labels', 'annotations'] as const) {
    if (name.startsWith(`${prefix}.`)) {
      return ['metadata', prefix, name.slice(prefix.length + 1)];
    }
  }
  const tag = /^tags\.(\d+)$/.exec(name);
  if (tag) {
    return ['metadata', 'tags', Number(tag[1])];
  }
  const link = /^links\.(\d+)\.(url|title|icon)$/.exec(name);
  if (link) {
    return ['metadata', 'links', Number(link[1]), link[2]];
  }
  return name.split('.');
}

function fromFieldFormatMessage(text: string): EntityProblem {
  const cleaned = text.replace(CATALOG_DOCS_SUFFIX, '');
  const match =
    /^"(.+)" is not valid;(?: expected (.*) but found "(.*)"\.)?$/s.exec(
      cleaned,
    ) ??
    /^(.+?) (must have a value|could not be validated, .*)$/s.exec(cleaned);
  if (!match) {
    return {
      ruleId: 'catalog/field-format',
      severity: 'error',
      message: cleaned,
    };
  }
  const [, name, expectation, found] = match;
  const segments = fieldFormatPath(name);
  const field = formatFieldPath(segments);
  // Label and annotation values may be secrets: never echo them.
  const echo =
    found !== undefined &&
    !['labels', 'annotations', 'links'].includes(String(segments[1]));
  let message: string;
  if (!text.includes(' is not valid;')) {
    message = `${field} ${expectation}.`;
  } else if (expectation) {
    message = `${field}${
      echo ? ` "${found}"` : ''
    } is not valid: expected ${expectation}.`;
  } else {
    message = `${field} is not valid.`;
  }
  return { ruleId: 'catalog/field-format', severity: 'error', field, message };
}

function describePolicyError(
  ruleId: EntityRuleId,
  error: Error,
  data: unknown,
): EntityProblem {
  const text = error.message;
  if (ruleId === 'catalog/root-field') {
    const name = text.replace(/^Unknown field /, '');
    return {
      ruleId,
      severity: 'error',
      field: formatFieldPath([name]),
      message: `Unknown root field "${name}"; an entity has only apiVersion, kind, metadata and spec at its root.`,
    };
  }
  if (ruleId === 'catalog/field-format') {
    return fromFieldFormatMessage(text);
  }
  return fromAjvMessage(
    ruleId,
    text.replace(/^Malformed envelope, /, ''),
    data,
  );
}

async function checkKind(entity: Entity): Promise<EntityProblem | undefined> {
  for (const validator of BUILTIN_KIND_VALIDATORS) {
    const kind = KIND_OF_VALIDATOR.get(validator);
    if (kind !== undefined && kind !== entity.kind) {
      continue;
    }
    try {
      if (await validator.check(entity)) {
        return undefined;
      }
    } catch (error) {
      return fromAjvMessage('catalog/spec', (error as Error).message, entity);
    }
  }
  return {
    ruleId: 'catalog/kind',
    severity: 'error',
    field: 'apiVersion',
    message: `No processor recognizes kind "${entity.kind}" with apiVersion "${entity.apiVersion}": the catalog processes Component, API, Resource, System, Domain, Group, User and Location (backstage.io/v1alpha1 or v1beta1).`,
  };
}

/** @public */
export type EntityValidation = {
  /** The entity as the catalog stores it (placeholders substituted, namespace defaulted); absent when invalid. */
  entity?: Entity;
  /** Errors the catalog rejects the entity for, then warnings. */
  problems: EntityProblem[];
  placeholders: EntityPlaceholder[];
  /** True when the problem is found while the catalog reads the file, which then fails as a whole. */
  rejectsFile: boolean;
};

/** @public */
export type ValidateEntityOptions = {
  /** Kinds `catalog.rules` allows; default {@link STAGECRAFT_ALLOWED_KINDS}. */
  allowedKinds?: readonly string[];
};

function rejectFile(problem: EntityProblem): EntityValidation {
  return {
    problems: [
      { ...problem, message: `${problem.message} ${FILE_REJECTED_NOTE}` },
    ],
    placeholders: [],
    rejectsFile: true,
  };
}

const lowerCaseKindsOf = new WeakMap<readonly string[], ReadonlySet<string>>();

/** `allowedKinds` lower-cased (`catalog.rules` compares kinds case-insensitively), once per list. */
function lowerCaseKinds(allowedKinds: readonly string[]): ReadonlySet<string> {
  let kinds = lowerCaseKindsOf.get(allowedKinds);
  if (!kinds) {
    kinds = new Set(
      allowedKinds.map(allowed => allowed.toLocaleLowerCase('en-US')),
    );
    lowerCaseKindsOf.set(allowedKinds, kinds);
  }
  return kinds;
}

/**
 * What the catalog checks while it reads entities out of a file
 * (`ProcessorOutputCollector`, `catalog.rules`). Returns the entity as it
 * is handed on to processing: annotations are always a mapping then.
 */
function readFromFile(
  data: Record<string, unknown>,
  allowedKinds: readonly string[],
): { data: Record<string, unknown> } | { failure: EntityValidation } {
  try {
    validateEnvelope(data);
  } catch (error) {
    return {
      failure: rejectFile(
        fromAjvMessage('catalog/envelope', (error as Error).message, data),
      ),
    };
  }
  const metadata = data.metadata as Record<string, unknown>;
  const annotations = metadata.annotations;
  if (
    annotations !== undefined &&
    annotations !== null &&
    (typeof annotations !== 'object' || Array.isArray(annotations))
  ) {
    return {
      failure: rejectFile({
        ruleId: 'catalog/envelope',
        severity: 'error',
        field: 'metadata.annotations',
        message: 'metadata.annotations must be a mapping.',
      }),
    };
  }
  const kind = String(data.kind);
  if (!lowerCaseKinds(allowedKinds).has(kind.toLocaleLowerCase('en-US'))) {
    return {
      failure: rejectFile({
        ruleId: 'catalog/kind',
        severity: 'error',
        field: 'kind',
        message: `Kind "${kind}" is not allowed in this catalog (catalog.rules allows ${allowedKinds.join(
          ', ',
        )}).`,
      }),
    };
  }
  return {
    data: {
      ...data,
      metadata: { ...metadata, annotations: { ...(annotations as object) } },
    },
  };
}

/**
 * Judges one entity the way the catalog backend's default processing does.
 * First what the catalog checks while reading it from its file (the
 * envelope, annotations a mapping, the kind allowed by `catalog.rules`): a
 * failure there fails the whole file (`rejectsFile`). Then, for the entity
 * alone: placeholders, the default entity policies (schema, default namespace,
 * no foreign root fields, field formats), the entity schema, the built-in
 * kind validators and the relation refs. Like the catalog, it stops at the
 * first stage that fails, and each policy reports its first problem.
 *
 * @public
 */
export async function validateEntity(
  data: Record<string, unknown>,
  options: ValidateEntityOptions = {},
): Promise<EntityValidation> {
  const read = readFromFile(
    data,
    options.allowedKinds ?? STAGECRAFT_ALLOWED_KINDS,
  );
  if ('failure' in read) {
    return read.failure;
  }
  const resolved = resolvePlaceholders(read.data);
  const { placeholders } = resolved;
  const rejectsFile = false;
  if (resolved.problems.length > 0) {
    return { problems: resolved.problems, placeholders, rejectsFile };
  }
  const asWritten = resolved.data as unknown as Entity;
  let entity = absolutizeInPortalLinks(asWritten, PORTAL_BASE_FOR_CHECKS);
  for (const [ruleId, policy] of DEFAULT_POLICIES) {
    try {
      entity = (await policy.enforce(entity)) ?? entity;
    } catch (error) {
      return {
        problems: [describePolicyError(ruleId, error as Error, entity)],
        placeholders,
        rejectsFile,
      };
    }
  }
  try {
    validateEntitySchema(entity);
  } catch (error) {
    return {
      problems: [
        fromAjvMessage('catalog/envelope', (error as Error).message, entity),
      ],
      placeholders,
      rejectsFile,
    };
  }
  if (entity.metadata.links !== asWritten.metadata.links) {
    entity = {
      ...entity,
      metadata: { ...entity.metadata, links: asWritten.metadata.links },
    };
  }
  const kindProblem = await checkKind(entity);
  if (kindProblem) {
    return { problems: [kindProblem], placeholders, rejectsFile };
  }
  const problems = checkRelationFields(entity);
  const rejected = problems.some(problem => problem.severity === 'error');
  return {
    ...(rejected ? {} : { entity }),
    problems,
    placeholders,
    rejectsFile,
  };
}

/**
 * Rules of entity validity. The `catalog/…` errors are what the catalog
 * backend rejects with its default processing; the two warnings name mistakes
 * the catalog accepts silently but that leave a relation dangling.
 *
 * @public
 */
export type EntityRuleId =
  | 'catalog/placeholder'
  | 'catalog/envelope'
  | 'catalog/root-field'
  | 'catalog/field-format'
  | 'catalog/kind'
  | 'catalog/spec'
  | 'catalog/entity-ref'
  | 'catalog/unresolvable-ref'
  | 'catalog/field-casing'
  | 'catalog/duplicate-entity';

/** @public */
export type EntityProblem = {
  ruleId: EntityRuleId;
  severity: 'error' | 'warning';
  /** Names the field and what is wrong. Echoes identifiers (names, kinds, refs), never label or annotation values. */
  message: string;
  /** Path of the offending field in `formatFieldPath` form, e.g. `spec.owner`; absent for the whole entity. */
  field?: string;
};

/**
 * What each entity rule checks, for documentation and `--help`.
 *
 * @public
 */
export const ENTITY_RULES: Readonly<
  Record<EntityRuleId, { severity: 'error' | 'warning'; description: string }>
> = {
  'catalog/placeholder': {
    severity: 'error',
    description:
      'a `$text`, `$json` or `$yaml` placeholder has a string value (the catalog resolves them before validating)',
  },
  'catalog/envelope': {
    severity: 'error',
    description:
      'apiVersion, kind and metadata have the shape of the entity schema (`SchemaValidEntityPolicy`, `entitySchemaValidator`)',
  },
  'catalog/root-field': {
    severity: 'error',
    description:
      'no root field other than apiVersion, kind, metadata, spec (`NoForeignRootFieldsEntityPolicy`)',
  },
  'catalog/field-format': {
    severity: 'error',
    description:
      'name, namespace, kind, labels, annotations, tags and links have valid formats (`FieldFormatEntityPolicy`)',
  },
  'catalog/kind': {
    severity: 'error',
    description:
      'kind and apiVersion are a built-in kind the catalog processes (Component, API, Resource, System, Domain, Group, User, Location)',
  },
  'catalog/spec': {
    severity: 'error',
    description:
      'the entity matches its kind schema (`componentEntityV1alpha1Validator`, …)',
  },
  'catalog/entity-ref': {
    severity: 'error',
    description:
      'relation fields (owner, system, dependsOn, …) are refs the catalog can parse; `dependsOn` entries need a kind',
  },
  'catalog/unresolvable-ref': {
    severity: 'warning',
    description:
      'a relation ref names something no entity can be called, e.g. an e-mail address as owner',
  },
  'catalog/field-casing': {
    severity: 'warning',
    description:
      'a relation field spelled with other casing (`subComponentOf`) is ignored by the catalog',
  },
  'catalog/duplicate-entity': {
    severity: 'error',
    description:
      'no two entities share kind, namespace and name (compared case-insensitively, as the catalog does)',
  },
};

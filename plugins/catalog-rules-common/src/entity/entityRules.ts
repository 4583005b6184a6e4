import { RuleDescriptor } from '../ruleDescriptor';
import { EntityRuleId } from './types';

/**
 * What each entity rule checks, for documentation and the lint CLI. The
 * rules run as one pass, `validateEntity`, which stops at the first failing
 * stage as the catalog does; `catalog/duplicate-entity` compares entities
 * with each other (`findDuplicateEntities`).
 *
 * @public
 */
export const ENTITY_RULES: ReadonlyArray<
  RuleDescriptor & { id: EntityRuleId }
> = [
  {
    id: 'catalog/placeholder',
    severity: 'error',
    description:
      'a `$text`, `$json` or `$yaml` placeholder has a string value (the catalog resolves them before validating)',
    needsCatalog: false,
  },
  {
    id: 'catalog/envelope',
    severity: 'error',
    description:
      'apiVersion, kind and metadata have the shape of the entity schema (`SchemaValidEntityPolicy`, `entitySchemaValidator`)',
    needsCatalog: false,
  },
  {
    id: 'catalog/root-field',
    severity: 'error',
    description:
      'no root field other than apiVersion, kind, metadata, spec (`NoForeignRootFieldsEntityPolicy`)',
    needsCatalog: false,
  },
  {
    id: 'catalog/field-format',
    severity: 'error',
    description:
      'name, namespace, kind, labels, annotations, tags and links have valid formats (`FieldFormatEntityPolicy`)',
    needsCatalog: false,
  },
  {
    id: 'catalog/kind',
    severity: 'error',
    description:
      'kind and apiVersion are a built-in kind the catalog processes (Component, API, Resource, System, Domain, Group, User, Location)',
    needsCatalog: false,
  },
  {
    id: 'catalog/spec',
    severity: 'error',
    description:
      'the entity matches its kind schema (`componentEntityV1alpha1Validator`, …)',
    needsCatalog: false,
  },
  {
    id: 'catalog/entity-ref',
    severity: 'error',
    description:
      'relation fields (owner, system, dependsOn, …) are refs the catalog can parse; `dependsOn` entries need a kind',
    needsCatalog: false,
  },
  {
    id: 'catalog/unresolvable-ref',
    severity: 'warning',
    description:
      'a relation ref names something no entity can be called, e.g. an e-mail address as owner',
    needsCatalog: false,
  },
  {
    id: 'catalog/field-casing',
    severity: 'warning',
    description:
      'a relation field spelled with other casing (`subComponentOf`) is ignored by the catalog',
    needsCatalog: false,
  },
  {
    id: 'catalog/duplicate-entity',
    severity: 'error',
    description:
      'no two entities share kind, namespace and name (compared case-insensitively, as the catalog does)',
    needsCatalog: true,
  },
];

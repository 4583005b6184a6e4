/**
 * Catalog entity validity as the Backstage catalog judges it, and YAML
 * parsing and position helpers, shared by the Stagecraft backend and the
 * catalog lint CLI.
 *
 * @packageDocumentation
 */

export * from './fieldPath';
export * from './entity/types';
export { ENTITY_RULES } from './entity/entityRules';
export type {
  FindingSeverity,
  RuleDescriptor,
  RuleSeverity,
} from './ruleDescriptor';
export {
  validateEntity,
  BUILTIN_KIND_VALIDATORS,
  FILE_REJECTED_NOTE,
  STAGECRAFT_ALLOWED_KINDS,
} from './entity/validateEntity';
export type {
  EntityValidation,
  ValidateEntityOptions,
} from './entity/validateEntity';
export { resolvePlaceholders } from './entity/placeholders';
export type { EntityPlaceholder } from './entity/placeholders';
export { checkRelationFields, RELATION_FIELDS } from './entity/relations';
export { entityRefKey, findDuplicateEntities } from './entity/duplicates';
export { parseCatalogYaml } from './yaml/parseCatalogYaml';
export type {
  CatalogYamlDocument,
  CatalogYamlFile,
  YamlProblem,
  YamlProblemRuleId,
} from './yaml/parseCatalogYaml';
export {
  findExcessiveNesting,
  MAX_NESTING_DEPTH,
} from './yaml/findExcessiveNesting';
export { locateField, positionOf } from './yaml/locateField';
export type { FieldLocation, SourcePosition } from './yaml/locateField';

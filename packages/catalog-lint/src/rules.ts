import { ENTITY_RULES } from '@stagecraft/plugin-catalog-rules-common';
import { SECRET_RULES } from '@stagecraft/plugin-secrets-common';

/** Rules of the linter itself (files, YAML, local targets), beside the shared ones. */
const OWN_RULES = [
  'file/too-large',
  'file/not-text',
  'file/unreadable',
  'file/no-entities',
  'yaml/syntax',
  'yaml/duplicate-key',
  'yaml/alias-limit',
  'yaml/too-deep',
  'yaml/not-an-object',
  'catalog/location-target',
  'secrets/leak',
  'internal-error',
];

/** Every rule id the linter can report. */
export const ALL_RULE_IDS: readonly string[] = [
  ...OWN_RULES,
  ...Object.keys(ENTITY_RULES),
  ...SECRET_RULES.map(rule => `secrets/${rule.id}`),
];

/** Rules that need the rest of the catalog; skipped with --no-catalog-rules. */
export const WHOLE_CATALOG_RULE_IDS: readonly string[] = [
  'catalog/duplicate-entity',
  ...SECRET_RULES.filter(rule => rule.needsCatalog).map(
    rule => `secrets/${rule.id}`,
  ),
];

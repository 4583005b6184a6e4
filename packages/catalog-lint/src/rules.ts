import { ENTITY_RULES } from '@stagecraft/plugin-catalog-rules-common';
import { PIPELINE_LINT_RULES } from '@stagecraft/plugin-pipelines-common';
import {
  DEFAULT_CHECK_DEFINITIONS,
  ROLL_UP_CHECK_IDS,
} from '@stagecraft/plugin-readiness-common';
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

const PIPELINE_RULE_IDS = Object.keys(PIPELINE_LINT_RULES).map(
  id => `pipelines/${id}`,
);

/** The built-in readiness checks; checks defined in config add their own ids. */
export const READINESS_RULE_IDS: readonly string[] =
  DEFAULT_CHECK_DEFINITIONS.filter(
    check => !ROLL_UP_CHECK_IDS.includes(check.id),
  ).map(check => `readiness/${check.id}`);

/** Every rule id the linter can report. */
export const ALL_RULE_IDS: readonly string[] = [
  ...OWN_RULES,
  ...Object.keys(ENTITY_RULES),
  ...SECRET_RULES.map(rule => `secrets/${rule.id}`),
  ...PIPELINE_RULE_IDS,
  ...READINESS_RULE_IDS,
];

/** Rules that need the rest of the catalog; skipped with --no-catalog-rules. */
export const WHOLE_CATALOG_RULE_IDS: readonly string[] = [
  'catalog/duplicate-entity',
  ...SECRET_RULES.filter(rule => rule.needsCatalog).map(
    rule => `secrets/${rule.id}`,
  ),
  'pipelines/stage-exists',
  ...READINESS_RULE_IDS,
];

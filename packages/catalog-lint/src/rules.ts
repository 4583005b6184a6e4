import {
  ENTITY_RULES,
  RuleDescriptor,
} from '@stagecraft/plugin-catalog-rules-common';
import { PIPELINE_LINT_RULES } from '@stagecraft/plugin-pipelines-common';
import { READINESS_RULES } from '@stagecraft/plugin-readiness-common';
import { SECRET_RULES } from '@stagecraft/plugin-secrets-common';

/** A rule as the linter reports it: `id` carries its family, e.g. `secrets/owner`. */
export type LintRule = Omit<RuleDescriptor, 'check'>;

/** Rules of the linter itself (files, YAML, local targets), beside the shared ones. */
const OWN_RULES: readonly LintRule[] = [
  {
    id: 'file/too-large',
    severity: 'error',
    description: 'the file is over --max-file-size',
    needsCatalog: false,
  },
  {
    id: 'file/not-text',
    severity: 'error',
    description: 'the file contains NUL bytes or is not valid UTF-8',
    needsCatalog: false,
  },
  {
    id: 'file/unreadable',
    severity: 'error',
    description: 'the file cannot be read',
    needsCatalog: false,
  },
  {
    id: 'file/no-entities',
    severity: 'warning',
    description: 'the file holds no entity at all',
    needsCatalog: false,
  },
  {
    id: 'yaml/syntax',
    severity: 'error',
    description: 'a YAML syntax error',
    needsCatalog: false,
  },
  {
    id: 'yaml/duplicate-key',
    severity: 'error',
    description: 'a mapping repeats a key',
    needsCatalog: false,
  },
  {
    id: 'yaml/alias-limit',
    severity: 'error',
    description: 'the document expands more than 100 aliases',
    needsCatalog: false,
  },
  {
    id: 'yaml/too-deep',
    severity: 'error',
    description: 'collections nested more than 200 levels',
    needsCatalog: false,
  },
  {
    id: 'yaml/not-an-object',
    severity: 'error',
    description: "a document's root is a list, string or number",
    needsCatalog: false,
  },
  {
    id: 'catalog/location-target',
    severity: 'error',
    description:
      'a Location target (relative path) does not exist next to the YAML',
    needsCatalog: false,
  },
  {
    id: 'secrets/leak',
    severity: 'error',
    description: 'a string anywhere in an entity looks like secret material',
    needsCatalog: false,
  },
  {
    id: 'internal-error',
    severity: 'error',
    description: 'the linter itself failed on a document',
    needsCatalog: false,
  },
];

function inFamily(
  family: string,
  rules: readonly RuleDescriptor[],
): LintRule[] {
  return rules.map(({ check: _check, ...rule }) => ({
    ...rule,
    id: `${family}/${rule.id}`,
  }));
}

/**
 * Every rule the linter can report, in the order of the README: its own, then
 * those of the shared `-common` packages. Readiness checks are reported as
 * warnings, never errors (a goal for production services, not a reason to
 * block a merge); checks defined in config add their own ids.
 */
export const LINT_RULES: readonly LintRule[] = [
  ...OWN_RULES,
  // Entity rule ids carry their family already: `catalog/kind`.
  ...ENTITY_RULES,
  ...inFamily('secrets', SECRET_RULES),
  ...inFamily('pipelines', PIPELINE_LINT_RULES),
  ...inFamily('readiness', READINESS_RULES).map(rule => ({
    ...rule,
    severity: 'warning' as const,
  })),
];

/** The built-in readiness checks; checks defined in config add their own ids. */
export const READINESS_RULE_IDS: readonly string[] = READINESS_RULES.map(
  rule => `readiness/${rule.id}`,
);

/** Every rule id the linter can report. */
export const ALL_RULE_IDS: readonly string[] = LINT_RULES.map(rule => rule.id);

/** Rules that need the rest of the catalog; skipped with --no-catalog-rules. */
export const WHOLE_CATALOG_RULE_IDS: readonly string[] = LINT_RULES.filter(
  rule => rule.needsCatalog,
).map(rule => rule.id);

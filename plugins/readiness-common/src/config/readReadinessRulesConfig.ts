import { Config } from '@backstage/config';
import { JsonValue } from '@backstage/types';
import { z } from 'zod';
import {
  AlarmPurposeDefinition,
  AppliesToFilter,
  CheckDefinition,
  MonitorExpectation,
  ReadinessRulesConfig,
} from '../types';
import {
  DEFAULT_CHECK_DEFINITIONS,
  DEFAULT_MONITOR_EXPECTATIONS,
  DEFAULT_PRODUCTION_COMPLETE_REQUIRES,
  DEFAULT_RUNBOOK_REVIEW_MAX_AGE_DAYS,
} from './defaults';
import { DEFAULT_ALARM_PURPOSES } from '../alarms/alarmPurposes';
import {
  appliesToSchema,
  CheckSettings,
  checksSchema,
} from './readinessChecksSchema';

export const READINESS_CONFIG_ROOT = 'stagecraft.readiness';
const CHECKS = `${READINESS_CONFIG_ROOT}.checks`;

type KeyPath = Array<string | number>;

/** A problem found while merging with the defaults, at a path under `checks`. */
class Problem {
  constructor(readonly path: KeyPath, readonly message: string) {}
}

function keyOf(root: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (key, part) =>
      typeof part === 'number' ? `${key}[${part}]` : `${key}.${String(part)}`,
    root,
  );
}

/**
 * The issue to report: inside a union that failed, the one from the option
 * the value was meant for (the option whose type it has).
 */
function innermost(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  const meant = issue.errors.find(
    ([first]) =>
      first && !(first.code === 'invalid_type' && !first.path.length),
  );
  if (!meant) return issue;
  const inner = innermost(meant[0]);
  return { ...inner, path: [...issue.path, ...inner.path] };
}

function configError(root: string, reported: z.core.$ZodIssue): Error {
  const issue = innermost(reported);
  const path =
    issue.code === 'unrecognized_keys'
      ? [...issue.path, issue.keys[0]]
      : issue.path;
  return Object.assign(
    new Error(
      `Invalid configuration at ${keyOf(root, path)}: ${issue.message}`,
    ),
    { name: 'ConfigError' },
  );
}

function parse<T>(schema: z.ZodType<T>, value: unknown, root: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw configError(root, result.error.issues[0]);
  return result.data;
}

/** `appliesTo` may be one filter or a list of filters (any of which matches). */
export function readAppliesTo(
  value: JsonValue,
  key: string,
): AppliesToFilter[] {
  return parse(appliesToSchema, value, key);
}

const isBuiltIn = (id: string) =>
  DEFAULT_CHECK_DEFINITIONS.some(base => base.id === id);

function mergeCheck(
  id: string,
  settings: CheckSettings,
  base: CheckDefinition | undefined,
): CheckDefinition {
  if (base && settings.require) {
    throw new Problem(
      [id, 'require'],
      `"${id}" is a built-in check; require is only for checks defined in configuration`,
    );
  }
  if (!base && !settings.require) {
    throw new Problem(
      [id],
      `"${id}" is not a built-in check (${DEFAULT_CHECK_DEFINITIONS.map(
        c => c.id,
      ).join(', ')}); a new check needs title, appliesTo and require`,
    );
  }
  const title = settings.title ?? base?.title;
  const appliesTo = settings.appliesTo ?? base?.appliesTo;
  if (!title) throw new Problem([id, 'title'], 'a new check needs a title');
  if (!appliesTo) {
    throw new Problem([id, 'appliesTo'], 'a new check needs appliesTo');
  }
  const fixUrl = settings.fixUrl ?? base?.fixUrl;
  return {
    id,
    title,
    description: settings.description ?? base?.description ?? title,
    appliesTo,
    severity: settings.severity ?? base?.severity ?? 'error',
    ...(fixUrl ? { fixUrl } : {}),
    ...(settings.require ? { require: settings.require } : {}),
  };
}

function mergeChecks(
  overrides: Record<string, CheckSettings | undefined>,
): CheckDefinition[] {
  const checks = DEFAULT_CHECK_DEFINITIONS.map(base => {
    const settings = overrides[base.id];
    return settings ? mergeCheck(base.id, settings, base) : { ...base };
  });
  for (const [id, settings] of Object.entries(overrides)) {
    if (isBuiltIn(id) || !settings) continue;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      throw new Problem(
        [id],
        'check ids are lower-case words joined by hyphens',
      );
    }
    checks.push(mergeCheck(id, settings, undefined));
  }
  return checks;
}

/** Configured expectations replace the default of the same id, or are added. */
function mergeExpectations(
  configured: NonNullable<CheckSettings['expectations']>,
  purposes: Record<string, AlarmPurposeDefinition>,
): MonitorExpectation[] {
  const expectations = DEFAULT_MONITOR_EXPECTATIONS.map(e => ({ ...e }));
  configured.forEach((item, index) => {
    const path = ['monitors', 'expectations', index];
    const position = expectations.findIndex(e => e.id === item.id);
    if (item.enabled === false) {
      if (position >= 0) expectations.splice(position, 1);
      return;
    }
    const base = position >= 0 ? expectations[position] : undefined;
    const title = item.title ?? base?.title;
    const appliesTo = item.appliesTo ?? base?.appliesTo;
    const requires = item.requires ?? base?.requires;
    if (!title || !appliesTo || !requires) {
      throw new Problem(
        path,
        `a new expectation "${item.id}" needs title, appliesTo and requires`,
      );
    }
    const unknown = requires.flat().find(purpose => !purposes[purpose]);
    if (unknown !== undefined) {
      throw new Problem(
        [...path, 'requires'],
        `unknown alarm purpose "${unknown}"; expected one of ${Object.keys(
          purposes,
        ).join(', ')}`,
      );
    }
    const expectation = { id: item.id, title, appliesTo, requires };
    if (position >= 0) expectations[position] = expectation;
    else expectations.push(expectation);
  });
  return expectations;
}

function mergeWithDefaults(
  overrides: Record<string, CheckSettings | undefined>,
): ReadinessRulesConfig {
  const checks = mergeChecks(overrides);
  const monitors = overrides.monitors ?? {};
  const alarmPurposes = {
    ...DEFAULT_ALARM_PURPOSES,
    ...monitors.alarmPurposes,
  };
  const monitorExpectations = mergeExpectations(
    monitors.expectations ?? [],
    alarmPurposes,
  );
  const productionCompleteRequires = overrides['production-complete']
    ?.requires ?? [...DEFAULT_PRODUCTION_COMPLETE_REQUIRES];
  const requirable = checks
    .map(check => check.id)
    .filter(id => id !== 'production-complete');
  const unknown = productionCompleteRequires.find(
    id => !requirable.includes(id),
  );
  if (unknown !== undefined) {
    throw new Problem(
      ['production-complete', 'requires'],
      `"${unknown}" is not a check id; expected some of ${requirable.join(
        ', ',
      )}`,
    );
  }
  return {
    checks,
    alarmPurposes,
    monitorExpectations,
    productionCompleteRequires,
    runbookReviewMaxAgeDays:
      overrides['runbook-reviewed']?.maxAgeDays ??
      DEFAULT_RUNBOOK_REVIEW_MAX_AGE_DAYS,
  };
}

const rulesSchema = checksSchema.transform((overrides, ctx) => {
  try {
    return mergeWithDefaults(overrides);
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    ctx.addIssue({ code: 'custom', path: error.path, message: error.message });
    return z.NEVER;
  }
});

/**
 * Reads `stagecraft.readiness.checks`: each key overrides the built-in check
 * of that id (title, description, severity, fixUrl, appliesTo) or, with
 * `require`, defines a new check. Monitor alarm purposes and expectations
 * extend the defaults by id. Throws an error naming the offending key.
 */
export function readReadinessRulesConfig(
  config?: Config,
): ReadinessRulesConfig {
  const rules = parse(rulesSchema, config?.getOptional(CHECKS) ?? {}, CHECKS);
  const portalBaseUrl = config?.getOptionalString('app.baseUrl');
  return portalBaseUrl ? { ...rules, portalBaseUrl } : rules;
}

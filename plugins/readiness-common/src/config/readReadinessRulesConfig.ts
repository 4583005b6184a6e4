import { Config } from '@backstage/config';
import { JsonValue } from '@backstage/types';
import {
  AlarmPurposeDefinition,
  AppliesToFilter,
  CHECK_SEVERITIES,
  CheckDefinition,
  CheckRequirements,
  CheckSeverity,
  MonitorExpectation,
  ReadinessRulesConfig,
} from '../types';
import {
  DEFAULT_CHECK_DEFINITIONS,
  DEFAULT_MONITOR_EXPECTATIONS,
  DEFAULT_PRODUCTION_COMPLETE_REQUIRES,
} from './defaults';
import { DEFAULT_ALARM_PURPOSES } from '../alarms/alarmPurposes';

export const READINESS_CONFIG_ROOT = 'stagecraft.readiness';
const CHECKS = `${READINESS_CONFIG_ROOT}.checks`;

const FILTER_FIELDS: ReadonlyArray<keyof AppliesToFilter> = [
  'kind',
  'type',
  'lifecycle',
  'tags',
  'excludeTags',
  'readsFromType',
];

const COMMON_CHECK_KEYS = [
  'title',
  'description',
  'severity',
  'fixUrl',
  'appliesTo',
  'require',
];

/** Check-specific settings; the backend reads the network-related ones. */
const CHECK_SPECIFIC_KEYS: Record<string, string[]> = {
  runbook: ['reachability'],
  'escalation-policy': ['minLevels'],
  monitors: ['alarmPurposes', 'expectations', 'insufficientDataGraceHours'],
  'production-complete': ['requires'],
};

class ConfigError extends Error {
  constructor(key: string, problem: string) {
    super(`Invalid configuration at ${key}: ${problem}`);
    this.name = 'ConfigError';
  }
}

function isObject(value: unknown): value is Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: JsonValue | undefined, key: string): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((item, index) => {
    if (typeof item !== 'string' || item.trim() === '') {
      throw new ConfigError(
        Array.isArray(value) ? `${key}[${index}]` : key,
        'expected a non-empty string or a list of them',
      );
    }
    return item.trim();
  });
}

function readFilter(value: JsonValue, key: string): AppliesToFilter {
  if (!isObject(value)) {
    throw new ConfigError(
      key,
      `expected an object with any of ${FILTER_FIELDS.join(', ')}`,
    );
  }
  const filter: AppliesToFilter = {};
  for (const [field, fieldValue] of Object.entries(value)) {
    if (!(FILTER_FIELDS as string[]).includes(field)) {
      throw new ConfigError(
        `${key}.${field}`,
        `unknown filter field; expected one of ${FILTER_FIELDS.join(', ')}`,
      );
    }
    filter[field as keyof AppliesToFilter] = stringList(
      fieldValue,
      `${key}.${field}`,
    );
  }
  return filter;
}

/** `appliesTo` may be one filter or a list of filters (any of which matches). */
export function readAppliesTo(
  value: JsonValue,
  key: string,
): AppliesToFilter[] {
  if (Array.isArray(value)) {
    return value.map((item, index) => readFilter(item, `${key}[${index}]`));
  }
  return [readFilter(value, key)];
}

function readSeverity(value: JsonValue, key: string): CheckSeverity {
  if (
    typeof value !== 'string' ||
    !(CHECK_SEVERITIES as string[]).includes(value)
  ) {
    throw new ConfigError(
      key,
      `${JSON.stringify(
        value,
      )} is not a severity; expected one of ${CHECK_SEVERITIES.join(', ')}`,
    );
  }
  return value as CheckSeverity;
}

function readString(value: JsonValue, key: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigError(key, 'expected a non-empty string');
  }
  return value.trim();
}

function readFixUrl(value: JsonValue, key: string): string {
  const url = readString(value, key);
  if (!/^https?:\/\//i.test(url)) {
    throw new ConfigError(key, `"${url}" is not an http(s) URL`);
  }
  return url;
}

function readRequirements(value: JsonValue, key: string): CheckRequirements {
  if (!isObject(value)) {
    throw new ConfigError(
      key,
      'expected an object with annotations and/or linkTypes',
    );
  }
  const requirements: CheckRequirements = {};
  for (const [field, fieldValue] of Object.entries(value)) {
    if (field !== 'annotations' && field !== 'linkTypes') {
      throw new ConfigError(
        `${key}.${field}`,
        'unknown requirement; expected annotations or linkTypes',
      );
    }
    requirements[field] = stringList(fieldValue, `${key}.${field}`);
  }
  if (!requirements.annotations?.length && !requirements.linkTypes?.length) {
    throw new ConfigError(key, 'requires at least one annotation or link type');
  }
  return requirements;
}

function readCheck(
  id: string,
  raw: JsonValue,
  base: CheckDefinition | undefined,
): CheckDefinition {
  const key = `${CHECKS}.${id}`;
  if (!isObject(raw)) {
    throw new ConfigError(key, 'expected an object');
  }
  const allowed = [...COMMON_CHECK_KEYS, ...(CHECK_SPECIFIC_KEYS[id] ?? [])];
  for (const field of Object.keys(raw)) {
    if (!allowed.includes(field)) {
      throw new ConfigError(
        `${key}.${field}`,
        `unknown setting; expected one of ${allowed.join(', ')}`,
      );
    }
  }
  if (base && raw.require !== undefined) {
    throw new ConfigError(
      `${key}.require`,
      `"${id}" is a built-in check; require is only for checks defined in configuration`,
    );
  }
  if (!base && raw.require === undefined) {
    throw new ConfigError(
      key,
      `"${id}" is not a built-in check (${DEFAULT_CHECK_DEFINITIONS.map(
        c => c.id,
      ).join(', ')}); a new check needs title, appliesTo and require`,
    );
  }
  const read = <T>(
    field: string,
    reader: (value: JsonValue, key: string) => T,
  ): T | undefined =>
    raw[field] === undefined
      ? undefined
      : reader(raw[field]!, `${key}.${field}`);

  const title = read('title', readString) ?? base?.title;
  const appliesTo = read('appliesTo', readAppliesTo) ?? base?.appliesTo;
  if (!title) {
    throw new ConfigError(`${key}.title`, 'a new check needs a title');
  }
  if (!appliesTo) {
    throw new ConfigError(`${key}.appliesTo`, 'a new check needs appliesTo');
  }
  const fixUrl = read('fixUrl', readFixUrl) ?? base?.fixUrl;
  const require = read('require', readRequirements);
  return {
    id,
    title,
    description: read('description', readString) ?? base?.description ?? title,
    appliesTo,
    severity: read('severity', readSeverity) ?? base?.severity ?? 'error',
    ...(fixUrl ? { fixUrl } : {}),
    ...(require ? { require } : {}),
  };
}

function readAlarmPurposes(
  raw: JsonValue | undefined,
): Record<string, AlarmPurposeDefinition> {
  const purposes = { ...DEFAULT_ALARM_PURPOSES };
  if (raw === undefined) {
    return purposes;
  }
  const key = `${CHECKS}.monitors.alarmPurposes`;
  if (!isObject(raw)) {
    throw new ConfigError(
      key,
      'expected an object of purpose → { matches, excludes }',
    );
  }
  for (const [purpose, value] of Object.entries(raw)) {
    const purposeKey = `${key}.${purpose}`;
    if (!isObject(value) || value.matches === undefined) {
      throw new ConfigError(
        purposeKey,
        'expected { matches: [...], excludes?: [...] }',
      );
    }
    purposes[purpose] = {
      matches: stringList(value.matches, `${purposeKey}.matches`),
      ...(value.excludes !== undefined
        ? { excludes: stringList(value.excludes, `${purposeKey}.excludes`) }
        : {}),
    };
  }
  return purposes;
}

function readRequires(value: JsonValue, key: string): Array<string | string[]> {
  if (!Array.isArray(value) || value.length === 0) {
    throw new ConfigError(key, 'expected a non-empty list of purposes');
  }
  return value.map((item, index) =>
    Array.isArray(item)
      ? stringList(item, `${key}[${index}]`)
      : readString(item, `${key}[${index}]`),
  );
}

function readExpectations(
  raw: JsonValue | undefined,
  purposes: Record<string, AlarmPurposeDefinition>,
): MonitorExpectation[] {
  const expectations = DEFAULT_MONITOR_EXPECTATIONS.map(e => ({ ...e }));
  if (raw === undefined) {
    return expectations;
  }
  const key = `${CHECKS}.monitors.expectations`;
  if (!Array.isArray(raw)) {
    throw new ConfigError(key, 'expected a list of expectations');
  }
  raw.forEach((item, index) => {
    const itemKey = `${key}[${index}]`;
    if (!isObject(item) || typeof item.id !== 'string') {
      throw new ConfigError(itemKey, 'expected an object with an id');
    }
    const position = expectations.findIndex(e => e.id === item.id);
    if (item.enabled === false) {
      if (position >= 0) expectations.splice(position, 1);
      return;
    }
    const base = position >= 0 ? expectations[position] : undefined;
    const title =
      item.title !== undefined
        ? readString(item.title, `${itemKey}.title`)
        : base?.title;
    const appliesTo =
      item.appliesTo !== undefined
        ? readAppliesTo(item.appliesTo, `${itemKey}.appliesTo`)
        : base?.appliesTo;
    const requires =
      item.requires !== undefined
        ? readRequires(item.requires, `${itemKey}.requires`)
        : base?.requires;
    if (!title || !appliesTo || !requires) {
      throw new ConfigError(
        itemKey,
        `a new expectation "${item.id}" needs title, appliesTo and requires`,
      );
    }
    for (const purpose of requires.flat()) {
      if (!purposes[purpose]) {
        throw new ConfigError(
          `${itemKey}.requires`,
          `unknown alarm purpose "${purpose}"; expected one of ${Object.keys(
            purposes,
          ).join(', ')}`,
        );
      }
    }
    const expectation = { id: item.id, title, appliesTo, requires };
    if (position >= 0) {
      expectations[position] = expectation;
    } else {
      expectations.push(expectation);
    }
  });
  return expectations;
}

/**
 * Reads `stagecraft.readiness.checks`: each key overrides the built-in check
 * of that id (title, description, severity, fixUrl, appliesTo) or, with
 * `require`, defines a new check. Monitor alarm purposes and expectations
 * extend the defaults by id. Throws an error naming the offending key.
 */
export function readReadinessRulesConfig(
  config?: Config,
): ReadinessRulesConfig {
  const raw = config?.getOptional(CHECKS);
  if (raw !== undefined && !isObject(raw)) {
    throw new ConfigError(CHECKS, 'expected an object keyed by check id');
  }
  const overrides = raw ?? {};
  const checks = DEFAULT_CHECK_DEFINITIONS.map(base =>
    overrides[base.id] === undefined
      ? { ...base }
      : readCheck(base.id, overrides[base.id]!, base),
  );
  for (const [id, value] of Object.entries(overrides)) {
    if (!DEFAULT_CHECK_DEFINITIONS.some(base => base.id === id)) {
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
        throw new ConfigError(
          `${CHECKS}.${id}`,
          'check ids are lower-case words joined by hyphens',
        );
      }
      checks.push(readCheck(id, value, undefined));
    }
  }

  const monitors = isObject(overrides.monitors) ? overrides.monitors : {};
  const alarmPurposes = readAlarmPurposes(monitors.alarmPurposes);
  const monitorExpectations = readExpectations(
    monitors.expectations,
    alarmPurposes,
  );

  const complete = isObject(overrides['production-complete'])
    ? overrides['production-complete']
    : {};
  const productionCompleteRequires =
    complete.requires !== undefined
      ? stringList(complete.requires, `${CHECKS}.production-complete.requires`)
      : [...DEFAULT_PRODUCTION_COMPLETE_REQUIRES];
  for (const id of productionCompleteRequires) {
    if (
      !checks.some(check => check.id === id) ||
      id === 'production-complete'
    ) {
      throw new ConfigError(
        `${CHECKS}.production-complete.requires`,
        `"${id}" is not a check id; expected some of ${checks
          .map(c => c.id)
          .filter(c => c !== 'production-complete')
          .join(', ')}`,
      );
    }
  }

  return {
    checks,
    alarmPurposes,
    monitorExpectations,
    productionCompleteRequires,
  };
}

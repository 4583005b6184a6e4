import { z } from 'zod';
import { CHECK_SEVERITIES, CheckSeverity } from '../types';
import { DEFAULT_CHECK_DEFINITIONS } from './defaults';

/**
 * The shape of `stagecraft.readiness.checks` as zod schemas. Each message is
 * the problem only; the reader prefixes the key path. Merging with the
 * defaults, and the checks that need the merged result, are in
 * `readReadinessRulesConfig`.
 */

const NON_EMPTY = 'expected a non-empty string';
const LIST = 'expected a non-empty string or a list of them';

const nonEmptyString = z
  .string({ error: NON_EMPTY })
  .trim()
  .min(1, { error: NON_EMPTY });

const listItem = z.string({ error: LIST }).trim().min(1, { error: LIST });

/** One non-empty string or a list of them, read as a list. */
export const stringListSchema = z.union(
  [listItem.transform(item => [item]), z.array(listItem)],
  { error: LIST },
);

/** Builds the message of an unrecognised key or a value of the wrong type. */
function objectError(unknownKey: string, wrongType: string) {
  return (issue: { code?: string }) =>
    issue.code === 'unrecognized_keys' ? unknownKey : wrongType;
}

const FILTER_FIELDS =
  'kind, type, lifecycle, tags, excludeTags, readsFromType, annotations';

const filterSchema = z.strictObject(
  {
    kind: stringListSchema.optional(),
    type: stringListSchema.optional(),
    lifecycle: stringListSchema.optional(),
    tags: stringListSchema.optional(),
    excludeTags: stringListSchema.optional(),
    readsFromType: stringListSchema.optional(),
    annotations: stringListSchema.optional(),
  },
  {
    error: objectError(
      `unknown filter field; expected one of ${FILTER_FIELDS}`,
      `expected an object with any of ${FILTER_FIELDS}`,
    ),
  },
);

/** `appliesTo`: one filter or a list of filters (any of which matches). */
export const appliesToSchema = z.union(
  [filterSchema.transform(filter => [filter]), z.array(filterSchema)],
  { error: `expected an object with any of ${FILTER_FIELDS}` },
);

const severitySchema = z.enum(
  CHECK_SEVERITIES as [CheckSeverity, ...CheckSeverity[]],
  {
    error: issue =>
      `${JSON.stringify(
        issue.input,
      )} is not a severity; expected one of ${CHECK_SEVERITIES.join(', ')}`,
  },
);

const fixUrlSchema = nonEmptyString.refine(url => /^https?:\/\//i.test(url), {
  error: issue => `"${issue.input}" is not an http(s) URL`,
});

const requirementsSchema = z
  .strictObject(
    {
      annotations: stringListSchema.optional(),
      linkTypes: stringListSchema.optional(),
    },
    {
      error: objectError(
        'unknown requirement; expected annotations or linkTypes',
        'expected an object with annotations and/or linkTypes',
      ),
    },
  )
  .refine(
    requirements =>
      requirements.annotations?.length || requirements.linkTypes?.length,
    { error: 'requires at least one annotation or link type' },
  );

const alarmPurposeSchema = z.object(
  { matches: stringListSchema, excludes: stringListSchema.optional() },
  { error: 'expected { matches: [...], excludes?: [...] }' },
);

const alarmPurposesSchema = z.record(z.string(), alarmPurposeSchema, {
  error: 'expected an object of purpose → { matches, excludes }',
});

const requiresSchema = z
  .array(z.union([z.array(listItem), nonEmptyString], { error: NON_EMPTY }), {
    error: 'expected a non-empty list of purposes',
  })
  .min(1, { error: 'expected a non-empty list of purposes' });

const expectationSchema = z.preprocess(
  // A disabled expectation only names what it removes.
  item =>
    typeof item === 'object' &&
    item !== null &&
    (item as { enabled?: unknown }).enabled === false
      ? { id: (item as { id?: unknown }).id, enabled: false }
      : item,
  z.object(
    {
      id: z.string({ error: 'expected an object with an id' }),
      enabled: z.unknown().optional(),
      title: nonEmptyString.optional(),
      appliesTo: appliesToSchema.optional(),
      requires: requiresSchema.optional(),
    },
    { error: 'expected an object with an id' },
  ),
);

const expectationsSchema = z.array(expectationSchema, {
  error: 'expected a list of expectations',
});

/** Settings every check takes. */
const commonSettings = {
  title: nonEmptyString.optional(),
  description: nonEmptyString.optional(),
  severity: severitySchema.optional(),
  fixUrl: fixUrlSchema.optional(),
  appliesTo: appliesToSchema.optional(),
  require: requirementsSchema.optional(),
};

/** Check-specific settings; the backend validates the network-related ones. */
const specificSettings = {
  runbook: { reachability: z.unknown().optional() },
  'runbook-reviewed': {
    maxAgeDays: z
      .number({ error: 'expected a whole number of days' })
      .int({ error: 'expected a whole number of days' })
      .positive({ error: 'expected a whole number of days' })
      .optional(),
  },
  'escalation-policy': { minLevels: z.unknown().optional() },
  monitors: {
    alarmPurposes: alarmPurposesSchema.optional(),
    expectations: expectationsSchema.optional(),
    insufficientDataGraceHours: z.unknown().optional(),
  },
  'production-complete': { requires: stringListSchema.optional() },
} satisfies Record<string, z.ZodRawShape>;

function checkSchema<Specific extends z.ZodRawShape>(specific: Specific) {
  const shape = { ...commonSettings, ...specific };
  return z.strictObject(shape, {
    error: objectError(
      `unknown setting; expected one of ${Object.keys(shape).join(', ')}`,
      'expected an object',
    ),
  });
}

const monitorsSchema = checkSchema(specificSettings.monitors);
const productionCompleteSchema = checkSchema(
  specificSettings['production-complete'],
);
const runbookReviewedSchema = checkSchema(specificSettings['runbook-reviewed']);

/** One check's settings, with every check-specific setting the reader uses. */
export type CheckSettings = z.output<typeof monitorsSchema> &
  z.output<typeof productionCompleteSchema> &
  z.output<typeof runbookReviewedSchema>;

/** Built-in checks take their own settings; any other key defines a new check. */
export const checksSchema = z
  .object(
    Object.fromEntries(
      DEFAULT_CHECK_DEFINITIONS.map(({ id }) => [
        id,
        checkSchema(
          specificSettings[id as keyof typeof specificSettings] ?? {},
        ).optional(),
      ]),
    ),
    { error: 'expected an object keyed by check id' },
  )
  .catchall(checkSchema({})) as unknown as z.ZodType<
  Record<string, CheckSettings | undefined>
>;

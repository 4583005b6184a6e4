import { CampaignInput, CampaignScope } from './types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SCOPE_FIELDS: Array<keyof CampaignScope> = [
  'systems',
  'domains',
  'owners',
  'lifecycles',
  'tags',
  'kinds',
];

class CampaignInputError extends Error {
  name = 'InputError';
}

const bad = (field: string, problem: string): never => {
  throw new CampaignInputError(`Campaign field ${field} ${problem}`);
};

function text(body: Record<string, unknown>, field: string, max: number) {
  const value = body[field];
  if (typeof value !== 'string' || value.trim() === '') {
    return bad(field, 'must be a non-empty string');
  }
  if (value.length > max)
    return bad(field, `must be at most ${max} characters`);
  return value.trim();
}

function day(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (
    typeof value !== 'string' ||
    !DAY.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`))
  ) {
    return bad(
      field,
      `must be a date (YYYY-MM-DD), got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function strings(value: unknown, field: string): string[] {
  if (
    !Array.isArray(value) ||
    value.some(item => typeof item !== 'string' || item.trim() === '')
  ) {
    return bad(field, 'must be a list of non-empty strings');
  }
  return [...new Set(value.map(item => item.trim()))];
}

function scopeOf(value: unknown): CampaignScope {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return bad('scope', 'must be an object');
  }
  const scope: CampaignScope = {};
  for (const [key, list] of Object.entries(value)) {
    if (!SCOPE_FIELDS.includes(key as keyof CampaignScope)) {
      bad(`scope.${key}`, `is not one of ${SCOPE_FIELDS.join(', ')}`);
    }
    const items = strings(list, `scope.${key}`);
    if (items.length > 0) scope[key as keyof CampaignScope] = items;
  }
  return scope;
}

/**
 * Checks what a caller sent to create or edit a campaign; throws an error (name `InputError`)
 * naming the field. `knownChecks` are the check ids a campaign may require.
 */
export function parseCampaignInput(
  body: unknown,
  knownChecks: readonly string[],
): CampaignInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return bad('(body)', 'must be a JSON object');
  }
  const record = body as Record<string, unknown>;
  const startDate = day(record, 'startDate');
  const deadline = day(record, 'deadline');
  if (deadline < startDate) {
    bad('deadline', `(${deadline}) is before startDate (${startDate})`);
  }
  const requiredChecks = strings(record.requiredChecks, 'requiredChecks');
  if (requiredChecks.length === 0) bad('requiredChecks', 'must name a check');
  const unknown = requiredChecks.filter(id => !knownChecks.includes(id));
  if (unknown.length > 0) {
    bad(
      'requiredChecks',
      `names unknown checks ${unknown.join(', ')}; known: ${knownChecks.join(
        ', ',
      )}`,
    );
  }
  const within = record.runbookReviewedWithinDays;
  if (
    within !== undefined &&
    within !== null &&
    (typeof within !== 'number' || !Number.isInteger(within) || within < 1)
  ) {
    bad('runbookReviewedWithinDays', 'must be a positive whole number');
  }
  const description = record.description;
  if (description !== undefined && typeof description !== 'string') {
    bad('description', 'must be a string');
  }
  return {
    name: text(record, 'name', 200),
    description: typeof description === 'string' ? description.trim() : '',
    startDate,
    deadline,
    scope: scopeOf(record.scope),
    requiredChecks,
    ...(typeof within === 'number'
      ? { runbookReviewedWithinDays: within }
      : {}),
  };
}

import { Entity } from '@backstage/catalog-model';
import { RuleViolation, SecretRule } from './types';

/** Descriptions this short say nothing about what the secret is for. */
export const MIN_DESCRIPTION_LENGTH = 15;
export const MIN_DESCRIPTION_WORDS = 3;

// Whole descriptions that are placeholders.
const PLACEHOLDER =
  /^(todo|tbd|tba|fixme|xxx|n\/?a|none|null|-+|\?+|\.+|secret|password|token|key|api key|description|placeholder|test|wip)[.!]?$/i;

// Text that marks a description as unfinished wherever it appears.
const UNFINISHED_MARKERS: Array<[RegExp, string]> = [
  [/lorem ipsum/i, 'lorem ipsum filler'],
  [/\b(todo|fixme|tbd)\b/i, 'a TODO/FIXME/TBD marker'],
  [
    /\b(please )?(add|write|insert) (a |the )?description\b/i,
    'an "add description" reminder',
  ],
  [/\bdescribe (this|me|here)\b/i, 'a "describe this" reminder'],
  [/\$\{\{|\{\{|\}\}/, 'an un-rendered template expression'],
];

const FIX =
  'Write one or two sentences saying what the secret grants access to and who uses it, such as: Password of the reviews_app user on the reviews Aurora writer endpoint, used by the reviews API.';

function normalise(text: string): string {
  return text
    .toLocaleLowerCase('en-US')
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

function check(secret: Entity): RuleViolation[] {
  const field = 'metadata.description';
  const raw = secret.metadata?.description;
  const description = typeof raw === 'string' ? raw.trim() : '';

  if (!description) {
    return [{ field, message: 'The secret has no description.', fix: FIX }];
  }
  if (PLACEHOLDER.test(description)) {
    return [
      {
        field,
        message: `The description "${description}" is a placeholder.`,
        fix: FIX,
      },
    ];
  }
  const marker = UNFINISHED_MARKERS.find(([pattern]) =>
    pattern.test(description),
  );
  if (marker) {
    return [
      {
        field,
        message: `The description contains ${marker[1]}, so it is unfinished.`,
        fix: FIX,
      },
    ];
  }
  const words = description.split(/\s+/).length;
  if (
    description.length < MIN_DESCRIPTION_LENGTH ||
    words < MIN_DESCRIPTION_WORDS
  ) {
    return [
      {
        field,
        message: `The description is too short (${
          description.length
        } characters, ${words} word${
          words === 1 ? '' : 's'
        }); it needs at least ${MIN_DESCRIPTION_LENGTH} characters and ${MIN_DESCRIPTION_WORDS} words.`,
        fix: FIX,
      },
    ];
  }
  const sameAs = [secret.metadata.name, secret.metadata.title].find(
    other =>
      typeof other === 'string' && normalise(other) === normalise(description),
  );
  if (sameAs) {
    return [
      {
        field,
        message: "The description only repeats the secret's name or title.",
        fix: FIX,
      },
    ];
  }
  return [];
}

export const descriptionRule: SecretRule = {
  id: 'description',
  severity: 'error',
  description: `metadata.description is present, not a placeholder (TODO, TBD, FIXME, n/a, "secret", "-", lorem ipsum, un-rendered templates), at least ${MIN_DESCRIPTION_LENGTH} characters and ${MIN_DESCRIPTION_WORDS} words, and not just the name or title.`,
  needsCatalog: false,
  check,
};

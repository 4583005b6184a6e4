import { AlarmPurposeDefinition } from '../types';

/**
 * How alarm names map to purposes by default. A purpose is recognised when
 * one of its word sequences appears as whole words in the alarm name, so
 * `notification-email-queue-age` has purpose `oldest-message-age` but
 * `storage-usage` does not (`usage` is not the word `age`).
 */
export const DEFAULT_ALARM_PURPOSES: Record<string, AlarmPurposeDefinition> = {
  'iterator-age': { matches: ['iterator-age'] },
  errors: {
    matches: [
      'error',
      'errors',
      'failure',
      'failures',
      'failed',
      'fault',
      'faults',
      '5xx',
    ],
  },
  'no-incoming-data': {
    matches: [
      'incoming',
      'no-data',
      'no-new',
      'no-files',
      'no-records',
      'no-incoming',
      'missing-data',
    ],
  },
  'oldest-message-age': {
    matches: ['age', 'oldest'],
    excludes: ['iterator-age'],
  },
  'messages-visible': {
    matches: ['not-empty', 'visible', 'depth', 'dead-letters'],
  },
};

/**
 * Splits an alarm name into lower-case words: on anything that is not a
 * letter or digit, and between camelCase humps (`IteratorAge` → iterator, age).
 */
export function alarmWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLocaleLowerCase('en-US')
    .split(/[^a-z0-9]+/)
    .filter(word => word !== '');
}

function containsSequence(words: string[], sequence: string): boolean {
  const wanted = alarmWords(sequence);
  if (wanted.length === 0) {
    return false;
  }
  for (let start = 0; start + wanted.length <= words.length; start++) {
    if (wanted.every((word, offset) => words[start + offset] === word)) {
      return true;
    }
  }
  return false;
}

/** The purposes an alarm name is recognised as, in definition order. */
export function classifyAlarm(
  name: string,
  purposes: Record<string, AlarmPurposeDefinition> = DEFAULT_ALARM_PURPOSES,
): string[] {
  const words = alarmWords(name);
  return Object.entries(purposes)
    .filter(
      ([, purpose]) =>
        purpose.matches.some(sequence => containsSequence(words, sequence)) &&
        !(purpose.excludes ?? []).some(sequence =>
          containsSequence(words, sequence),
        ),
    )
    .map(([id]) => id);
}

import { nameWords } from '@stagecraft/catalog-conventions-common';
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
 * Splits an alarm name into lower-case words (`nameWords`): on anything that is
 * not a letter or digit, and between camelCase humps (`IteratorAge` → iterator, age).
 */
export function alarmWords(name: string): string[] {
  return nameWords(name);
}

function containsSequence(words: string[], wanted: string[]): boolean {
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

type PreparedPurpose = {
  id: string;
  matches: string[][];
  excludes: string[][];
};

/** Purposes with their word sequences split once, and classified names remembered, per purposes object. */
const prepared = new WeakMap<
  Record<string, AlarmPurposeDefinition>,
  { purposes: PreparedPurpose[]; byName: Map<string, string[]> }
>();

function prepare(purposes: Record<string, AlarmPurposeDefinition>) {
  let entry = prepared.get(purposes);
  if (!entry) {
    entry = {
      purposes: Object.entries(purposes).map(([id, purpose]) => ({
        id,
        matches: purpose.matches.map(alarmWords),
        excludes: (purpose.excludes ?? []).map(alarmWords),
      })),
      byName: new Map(),
    };
    prepared.set(purposes, entry);
  }
  return entry;
}

/** The purposes an alarm name is recognised as, in definition order. */
export function classifyAlarm(
  name: string,
  purposes: Record<string, AlarmPurposeDefinition> = DEFAULT_ALARM_PURPOSES,
): string[] {
  const entry = prepare(purposes);
  const known = entry.byName.get(name);
  if (known) {
    return known;
  }
  const words = alarmWords(name);
  const result = entry.purposes
    .filter(
      purpose =>
        purpose.matches.some(sequence => containsSequence(words, sequence)) &&
        !purpose.excludes.some(sequence => containsSequence(words, sequence)),
    )
    .map(purpose => purpose.id);
  if (entry.byName.size < 100_000) {
    entry.byName.set(name, result);
  }
  return result;
}

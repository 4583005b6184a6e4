import { LEAK_DETECTORS } from './detectors';
import { decodedTexts } from './detectors/encoded';
import { createDetectorSelector } from './detectors/selectDetectors';
import { LeakDetector, LeakFinding, ScannedValue } from './types';
import { FoundString, walkStrings } from './walkStrings';

/**
 * Long strings are scanned in windows of this many characters, overlapping by
 * `WINDOW_OVERLAP` so that a token across a window boundary is still seen
 * whole. The whole value is scanned, in linear time.
 */
export const MAX_SCANNED_LENGTH = 64 * 1024;
const WINDOW_OVERLAP = 4 * 1024;
/** Base64 inside base64 is decoded this many levels deep. */
const MAX_DECODE_DEPTH = 2;

const selectFormatDetectors = createDetectorSelector(
  LEAK_DETECTORS.filter(d => !d.fallback && !d.contextual),
);
const contextualDetectors = LEAK_DETECTORS.filter(d => d.contextual);
const fallbackDetectors = LEAK_DETECTORS.filter(d => d.fallback);

type Match = { detector: LeakDetector; encoded: boolean };

function windows(value: string): string[] {
  if (value.length <= MAX_SCANNED_LENGTH) {
    return [value];
  }
  const result: string[] = [];
  const step = MAX_SCANNED_LENGTH - WINDOW_OVERLAP;
  for (let start = 0; ; start += step) {
    result.push(value.slice(start, start + MAX_SCANNED_LENGTH));
    if (start + MAX_SCANNED_LENGTH >= value.length) {
      return result;
    }
  }
}

const NO_MATCH: readonly Match[] = [];

/** Format detectors, then (if none matched) contextual ones, then decoded base64. */
function detectInText(scanned: ScannedValue, depth: number): readonly Match[] {
  let direct: Match[] | undefined;
  for (const detector of selectFormatDetectors(scanned)) {
    if (detector.test(scanned)) {
      (direct ??= []).push({ detector, encoded: false });
    }
  }
  if (direct) {
    return direct;
  }
  const contextual = contextualDetectors.find(d => d.test(scanned));
  if (contextual) {
    return [{ detector: contextual, encoded: false }];
  }
  if (depth >= MAX_DECODE_DEPTH) {
    return NO_MATCH;
  }
  return decodedTexts(scanned.head).flatMap(text =>
    detectInText({ value: text, head: text }, depth + 1).map(match => ({
      ...match,
      encoded: true,
    })),
  );
}

/** One match per detector, the first found; a direct match wins over an encoded one. */
function uniqueMatches(matches: readonly Match[]): readonly Match[] {
  if (matches.length < 2) {
    return matches;
  }
  const unique = new Map<LeakDetector, Match>();
  for (const match of matches) {
    if (!unique.get(match.detector) || !match.encoded) {
      unique.set(match.detector, match);
    }
  }
  return [...unique.values()];
}

function detect(found: FoundString): readonly Match[] {
  const { value, key } = found;
  const matches = uniqueMatches(
    value.length <= MAX_SCANNED_LENGTH
      ? detectInText({ value, head: value, key }, 0)
      : windows(value).flatMap(head => detectInText({ value, head, key }, 0)),
  );
  if (matches.length > 0 || found.isPropertyName) {
    return matches;
  }
  // Fallbacks judge the value by its field; the first window is enough.
  const scanned = { value, head: value.slice(0, MAX_SCANNED_LENGTH), key };
  const fallback = fallbackDetectors.find(detector => detector.test(scanned));
  return fallback ? [{ detector: fallback, encoded: false }] : NO_MATCH;
}

function messageOf({ detector, encoded }: Match, isPropertyName?: boolean) {
  let message = detector.message;
  if (encoded) {
    message = `${message.slice(0, -1)} (base64-encoded).`;
  }
  if (isPropertyName) {
    message = message.startsWith('Value ')
      ? `A property name here ${message.slice('Value '.length)}`
      : `A property name here is secret material. ${message}`;
  }
  return message;
}

/**
 * Reports every string or number value in an entity-shaped object (any depth,
 * arrays included), and every property name, that looks like secret
 * material. Findings name the path and the kind of secret, never the value; a
 * property name that is a secret is reported at the object holding it, and
 * paths below it say `<redacted property name>` instead.
 */
export function findSecretValues(entity: unknown): LeakFinding[] {
  const secretNames = new Map<string, readonly Match[]>();
  const propertyNameMatches = (name: string) => {
    let matches = secretNames.get(name);
    if (!matches) {
      matches = detect({ path: '', value: name, isPropertyName: true });
      secretNames.set(name, matches);
    }
    return matches;
  };

  const findings: LeakFinding[] = [];
  const walked = walkStrings(entity, {
    isSecretPropertyName: name => propertyNameMatches(name).length > 0,
  });
  for (const found of walked) {
    const matches = found.isPropertyName
      ? propertyNameMatches(found.value)
      : detect(found);
    for (const match of matches) {
      findings.push({
        path: found.path,
        detector: match.detector.id,
        message: messageOf(match, found.isPropertyName),
      });
    }
  }
  return findings;
}

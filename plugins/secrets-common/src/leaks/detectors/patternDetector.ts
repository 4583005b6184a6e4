import { LeakDetector, LeakDetectorId } from '../types';

type PatternDetectorSpec = {
  id: LeakDetectorId;
  description: string;
  message: string;
  /** Searched for anywhere in the value (its scanned head). */
  pattern: RegExp;
  /** Literal text every match contains; see `LeakDetector.anchors`. */
  anchors?: readonly string[];
  /** Extra check on a match, e.g. that a captured password is not a placeholder. */
  accept?: (match: RegExpExecArray) => boolean;
};

/** A detector that reports when `pattern` occurs anywhere in a value. */
export function patternDetector(spec: PatternDetectorSpec): LeakDetector {
  const { accept, pattern, ...rest } = spec;
  const flags = pattern.flags.includes('g')
    ? pattern.flags
    : `${pattern.flags}g`;
  // Most values match no pattern: a stateless test answers that without
  // iterating; only a value that matches is searched for an accepted match.
  const anyMatch = new RegExp(pattern.source, flags.replace(/[gy]/g, ''));
  return {
    ...rest,
    test({ head }) {
      if (!anyMatch.test(head)) {
        return false;
      }
      const search = new RegExp(pattern.source, flags);
      for (const match of head.matchAll(search)) {
        if (!accept || accept(match)) {
          return true;
        }
      }
      return false;
    },
  };
}

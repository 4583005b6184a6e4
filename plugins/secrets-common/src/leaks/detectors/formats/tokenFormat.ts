import { shannonEntropy } from '../../entropy';
import { LeakDetector, LeakDetectorId } from '../../types';
import { isWordLike, randomEntropyThreshold } from '../../valueShapes';
import { patternDetector } from '../patternDetector';

/** A vendor credential recognisable by its format wherever it appears. */
export type TokenFormatSpec = {
  id: string;
  /** What the credential is, e.g. `a GitHub token`; used in the message. */
  what: string;
  /** Says what the detector finds; by default `what` and the pattern. */
  description?: string;
  /**
   * Searched for anywhere in the value. Bounded quantifiers only, and a
   * lookbehind so that a prefix inside a longer word does not match.
   */
  pattern: RegExp;
  /**
   * Literal text every match contains. One combined search for all anchors
   * decides which patterns are worth running; empty means always run.
   */
  anchors: readonly string[];
  /**
   * Group 1 of a match (or the whole match) must look random: entropy and not
   * made of words, so that `ghp_xxxxxxxx…` examples in docs are not reported.
   * On by default.
   */
  random?: boolean;
  /** Extra check on a match. */
  accept?: (match: RegExpExecArray) => boolean;
};

// Words that mark an example in documentation: ghp_yourTokenHere, sk_test_EXAMPLE…
const EXAMPLE_WORDS =
  /example|sample|dummy|fake|placeholder|redacted|your|here|xxxx/i;

/**
 * True when a token body is random enough to be a credential rather than an
 * example: high in entropy, no example words, and not words joined by dashes,
 * dots or underscores. (Random letters alone can read as camelCase words, so
 * the word test needs separators.)
 */
export function isRandomBody(body: string): boolean {
  return (
    body.length >= 8 &&
    shannonEntropy(body) >= randomEntropyThreshold(body.length) &&
    !EXAMPLE_WORDS.test(body) &&
    !(/[-_.]/.test(body) && isWordLike(body.replace(/[^A-Za-z0-9]+/g, '-')))
  );
}

export function tokenFormatDetector(spec: TokenFormatSpec): LeakDetector {
  const { pattern, random = true, accept } = spec;
  return patternDetector({
    id: spec.id as LeakDetectorId,
    description:
      spec.description ??
      `${spec.what[0].toUpperCase()}${spec.what.slice(1)}: ${
        pattern.source.length > 160
          ? `${pattern.source.slice(0, 157)}…`
          : pattern.source
      }`,
    message: `Value looks like ${spec.what}.`,
    anchors: spec.anchors,
    pattern,
    accept: match =>
      (!random || isRandomBody(match[1] ?? match[0])) &&
      (!accept || accept(match)),
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A token that is a literal prefix followed by a body (a regular-expression
 * fragment, captured as group 1 and checked for randomness), not glued to
 * other word characters on either side.
 */
export function prefixed<Id extends string>(
  id: Id,
  what: string,
  prefixes: string | readonly string[],
  body: string,
): TokenFormatSpec & { id: Id } {
  const list = typeof prefixes === 'string' ? [prefixes] : prefixes;
  const prefix = list.map(escapeRegExp).join('|');
  return {
    id,
    what,
    anchors: list,
    pattern: new RegExp(
      `(?<![A-Za-z0-9_-])(?:${prefix})(${body})(?![A-Za-z0-9_-])`,
    ),
  };
}

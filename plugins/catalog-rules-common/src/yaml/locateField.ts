import {
  Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Node,
  Pair,
} from 'yaml';
import { FieldPathSegment, parseFieldPath } from '../fieldPath';

/**
 * Where something is in a file: 1-based line and column, end exclusive.
 *
 * @public
 */
export type SourcePosition = {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
};

/** @public */
export type FieldLocation = SourcePosition & {
  /** False when the field does not exist and the position is that of its nearest existing parent. */
  exact: boolean;
};

/**
 * The position of a character range.
 *
 * @public
 */
export function positionOf(
  lineCounter: LineCounter,
  start: number,
  end: number = start,
): SourcePosition {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, end));
  return {
    line: from.line,
    column: from.col,
    endLine: to.line,
    endColumn: to.col,
  };
}

/** The key as the catalog sees it after `toJSON()`. */
function keyText(key: unknown): string | undefined {
  if (isScalar(key)) {
    return key.value === null ? '' : String(key.value);
  }
  return undefined;
}

function child(
  node: unknown,
  segment: FieldPathSegment,
): { pair?: Pair; node: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find(item => keyText(item.key) === String(segment));
    return pair ? { pair, node: pair.value } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    return segment < node.items.length
      ? { node: node.items[segment] }
      : undefined;
  }
  return undefined;
}

function rangeOf(node: unknown): [number, number] | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? [range[0], range[1]] : undefined;
}

function pointAt(range: [number, number] | undefined) {
  return range ? ([range[0], range[0]] as [number, number]) : undefined;
}

/**
 * Finds the node a field path names in a parsed document and returns its
 * position. Paths are those of `formatFieldPath` (as returned by
 * `findSecretValues` and the secret rules), or a segment list. A scalar is
 * located at its value; a collection at its key, since that is the line a
 * reader looks for. A path that goes further than the document points at its
 * deepest existing field, with `exact: false`.
 *
 * @public
 */
export function locateField(
  document: Document,
  lineCounter: LineCounter,
  path: string | readonly FieldPathSegment[],
): FieldLocation {
  const segments =
    typeof path === 'string' ? parseFieldPath(path) ?? [] : [...path];
  let node: unknown = document.contents;
  let pair: Pair | undefined;
  let exact = typeof path !== 'string' || parseFieldPath(path) !== undefined;

  for (const segment of segments) {
    const next = child(node, segment);
    if (!next) {
      exact = false;
      break;
    }
    node = next.node;
    pair = next.pair;
  }

  let range: [number, number] | undefined;
  if (exact && isScalar(node)) {
    range = rangeOf(node);
  } else if (pair && isPair(pair)) {
    range = rangeOf(pair.key) ?? rangeOf(pair.value);
  }
  // A collection without a key (the root, a list item) is pointed at, not spanned.
  const [start, end] = range ??
    pointAt(rangeOf(node) ?? rangeOf(document.contents)) ?? [
      document.range?.[0] ?? 0,
      document.range?.[0] ?? 0,
    ];
  return { ...positionOf(lineCounter, start, end), exact };
}

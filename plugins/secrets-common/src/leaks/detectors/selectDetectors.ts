import { LeakDetector, ScannedValue } from '../types';

/**
 * A detector that can only match in a field whose name passes `fieldGate`, a
 * function of the name alone (a Twilio token counts only under a key naming
 * Twilio and a secret). Internal: the selector asks each gate once per name.
 */
export type FieldGatedDetector = LeakDetector & {
  fieldGate(key: string): boolean;
};

function isFieldGated(detector: LeakDetector): detector is FieldGatedDetector {
  return (
    typeof (detector as Partial<FieldGatedDetector>).fieldGate === 'function'
  );
}

// Catalogs reuse a small set of property names; bounded like `keyWords`.
const CACHE_SIZE = 10_000;

/**
 * Finds which of `anchors` occur in a text, overlapping ones included, in one
 * pass over its characters: a table of first characters, then of the first
 * two, rules out almost every position before any string comparison. (One
 * regular expression with every anchor as an alternative tries each
 * alternative at each position instead.) Pushes the index of each anchor
 * found, once or more, onto `found`.
 */
function createAnchorScanner(
  anchors: readonly string[],
): (text: string, found: number[]) => void {
  const firstChars = new Uint8Array(0x10000);
  const singleChars = new Int32Array(0x10000).fill(-1);
  const pairFilter = new Uint8Array(0x10000);
  const byPair = new Map<number, number[]>();
  for (const [index, anchor] of anchors.entries()) {
    const first = anchor.charCodeAt(0);
    firstChars[first] = 1;
    if (anchor.length === 1) {
      singleChars[first] = index;
      continue;
    }
    const second = anchor.charCodeAt(1);
    pairFilter[((first & 0xff) << 8) | (second & 0xff)] = 1;
    const pair = first * 0x10000 + second;
    byPair.set(pair, [...(byPair.get(pair) ?? []), index]);
  }
  return (text, found) => {
    const last = text.length - 1;
    for (let i = 0; i <= last; i++) {
      const first = text.charCodeAt(i);
      if (firstChars[first] === 0) {
        continue;
      }
      if (singleChars[first] >= 0) {
        found.push(singleChars[first]);
      }
      const second = i < last ? text.charCodeAt(i + 1) : -1;
      if (
        second < 0 ||
        pairFilter[((first & 0xff) << 8) | (second & 0xff)] === 0
      ) {
        continue;
      }
      for (const index of byPair.get(first * 0x10000 + second) ?? []) {
        if (text.startsWith(anchors[index], i)) {
          found.push(index);
        }
      }
    }
  };
}

function boundedSet<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_SIZE) {
    cache.clear();
  }
  cache.set(key, value);
  return value;
}

/**
 * Picks, for a value, the detectors worth running, in their order: those
 * without anchors or field gate, those with an anchor in the scanned text,
 * and those whose field gate accepts the value's field name. Every detector
 * left out would have answered no. Most values contain no anchor and sit in
 * no gated field: then the short list of detectors that always run is
 * returned as is.
 */
export function createDetectorSelector(
  detectors: readonly LeakDetector[],
): (scanned: ScannedValue) => readonly LeakDetector[] {
  const alwaysList = detectors.filter(
    d => !d.anchors?.length && !isFieldGated(d),
  );
  const anchors: string[] = [];
  const detectorsOfAnchor: number[][] = [];
  for (const [index, detector] of detectors.entries()) {
    for (const anchor of isFieldGated(detector) ? [] : detector.anchors ?? []) {
      let anchorIndex = anchors.indexOf(anchor);
      if (anchorIndex < 0) {
        anchorIndex = anchors.push(anchor) - 1;
        detectorsOfAnchor.push([]);
      }
      detectorsOfAnchor[anchorIndex].push(index);
    }
  }
  const scanAnchors = createAnchorScanner(anchors);

  const gated = [...detectors.entries()].filter(([, d]) => isFieldGated(d));
  const gatesPassed = new Map<string, readonly number[]>();
  const passingGates = (key: string): readonly number[] =>
    gatesPassed.get(key) ??
    boundedSet(
      gatesPassed,
      key,
      gated
        .filter(([, d]) => (d as FieldGatedDetector).fieldGate(key))
        .map(([index]) => index),
    );

  // The same few combinations of anchors and gates recur.
  const selections = new Map<string, readonly LeakDetector[]>();
  const selection = (chosen: number[]): readonly LeakDetector[] => {
    const signature = chosen.sort((a, b) => a - b).join(',');
    return (
      selections.get(signature) ??
      boundedSet(
        selections,
        signature,
        detectors.filter(
          (d, index) => alwaysList.includes(d) || chosen.includes(index),
        ),
      )
    );
  };

  return ({ head, key }) => {
    const anchorsFound: number[] = [];
    scanAnchors(head, anchorsFound);
    const chosen = anchorsFound.flatMap(index => detectorsOfAnchor[index]);
    if (key) {
      chosen.push(...passingGates(key));
    }
    return chosen.length === 0 ? alwaysList : selection(chosen);
  };
}

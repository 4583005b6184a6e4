import { LeakDetector } from '../types';

/**
 * Picks, for a piece of text, the detectors worth running: those without
 * anchors and those with an anchor in the text. One search for all anchors
 * replaces a search per pattern; most values contain none.
 */
export function createDetectorSelector(
  detectors: readonly LeakDetector[],
): (text: string) => LeakDetector[] {
  const alwaysList = detectors.filter(d => !d.anchors?.length);
  const always = new Set(alwaysList);
  const anchors = [...new Set(detectors.flatMap(d => d.anchors ?? []))].sort(
    (a, b) => b.length - a.length,
  );
  const escaped = anchors.map(a => a.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  // Zero-width, so that anchors overlapping one another are all seen.
  const anchorSearch = new RegExp(`(?=(${escaped.join('|')}))`, 'g');
  const hitCache = new Map<string, readonly string[]>();
  const anchoredBy = (hit: string) => {
    let found = hitCache.get(hit);
    if (!found) {
      found = anchors.filter(anchor => hit.startsWith(anchor));
      hitCache.set(hit, found);
    }
    return found;
  };

  return text => {
    const hitAnchors = new Set<string>();
    for (const match of text.matchAll(anchorSearch)) {
      for (const anchor of anchoredBy(match[1])) {
        hitAnchors.add(anchor);
      }
    }
    if (hitAnchors.size === 0) {
      return alwaysList;
    }
    return detectors.filter(
      d => always.has(d) || d.anchors!.some(anchor => hitAnchors.has(anchor)),
    );
  };
}

import { LabelledItem } from './labelledSet';

export type Score = {
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  recall: number;
  precision: number;
};

export function score(items: LabelledItem[], flagged: boolean[]): Score {
  let truePositives = 0;
  let falseNegatives = 0;
  let falsePositives = 0;
  items.forEach((item, i) => {
    if (item.publicByDesign) return;
    if (item.secret && flagged[i]) truePositives++;
    else if (item.secret) falseNegatives++;
    else if (flagged[i]) falsePositives++;
  });
  const found = truePositives + falsePositives;
  return {
    truePositives,
    falseNegatives,
    falsePositives,
    recall: truePositives / (truePositives + falseNegatives),
    precision: found === 0 ? 1 : truePositives / found,
  };
}

export type GroupCount = { hits: number; total: number };

/** Per group (a category or a placement): how many items were flagged. */
export function flaggedBy(
  items: LabelledItem[],
  flagged: boolean[],
  include: (item: LabelledItem) => boolean,
  groupOf: (item: LabelledItem) => string,
): Map<string, GroupCount> {
  const groups = new Map<string, GroupCount>();
  items.forEach((item, i) => {
    if (!include(item)) return;
    const group = groups.get(groupOf(item)) ?? { hits: 0, total: 0 };
    group.total++;
    if (flagged[i]) group.hits++;
    groups.set(groupOf(item), group);
  });
  return groups;
}

/** For each secret format the guard missed at least once: where it missed it. */
export function missedFormats(
  items: LabelledItem[],
  flagged: boolean[],
): Map<string, { missed: number; total: number; placements: Set<string> }> {
  const missed = new Map<
    string,
    { missed: number; total: number; placements: Set<string> }
  >();
  items.forEach((item, i) => {
    if (!item.secret) return;
    const entry = missed.get(item.category) ?? {
      missed: 0,
      total: 0,
      placements: new Set<string>(),
    };
    entry.total++;
    if (!flagged[i]) {
      entry.missed++;
      entry.placements.add(item.placement);
    }
    missed.set(item.category, entry);
  });
  for (const [format, entry] of missed) {
    if (entry.missed === 0) missed.delete(format);
  }
  return missed;
}

export const round = (n: number, digits = 4) => Number(n.toFixed(digits));

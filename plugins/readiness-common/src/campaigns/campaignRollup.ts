import { parseRefKey } from '@stagecraft/catalog-conventions-common';
import { GroupHierarchy } from './groupHierarchy';
import {
  CampaignEntityProgress,
  CampaignRollupRow,
  CampaignTotals,
} from './types';

const percent = (done: number, total: number) =>
  total === 0 ? 100 : Math.round((100 * done) / total);

/** Entities done (and how many only by an exemption) and owing, and how each required check stands. */
export function campaignTotals(
  entities: CampaignEntityProgress[],
  requiredChecks: string[],
): CampaignTotals {
  const byCheck: CampaignTotals['byCheck'] = {};
  for (const id of requiredChecks) byCheck[id] = { passing: 0, failing: 0 };
  let done = 0;
  let owing = 0;
  let doneWithExemption = 0;
  for (const entity of entities) {
    if (entity.status === 'done') {
      done += 1;
      if (entity.exempted) doneWithExemption += 1;
    } else if (entity.status === 'owes') owing += 1;
    for (const check of entity.checks) {
      const counts = byCheck[check.checkId];
      if (!counts) continue;
      if (check.status === 'pass' || check.status === 'exempt')
        counts.passing += 1;
      else if (check.status === 'fail') counts.failing += 1;
    }
  }
  return {
    entities: entities.length,
    done,
    owing,
    unknown: entities.length - done - owing,
    percentDone: percent(done, entities.length),
    ...(doneWithExemption ? { doneWithExemption } : {}),
    byCheck,
  };
}

type Tally = {
  own: number;
  entities: number;
  done: number;
  doneWithExemption: number;
  owing: number;
};

const emptyTally = (): Tally => ({
  own: 0,
  entities: 0,
  done: 0,
  doneWithExemption: 0,
  owing: 0,
});

/** A rollup row's counts from its tally. */
const countsOf = (tally: Tally) => ({
  ownEntities: tally.own,
  entities: tally.entities,
  done: tally.done,
  ...(tally.doneWithExemption
    ? { doneWithExemption: tally.doneWithExemption }
    : {}),
  owing: tally.owing,
  percentDone: percent(tally.done, tally.entities),
});

/**
 * The campaign per owning group, following the Group hierarchy: a group's row counts its own
 * entities and those of all its sub-groups, so a department sees its teams. Rows come in
 * tree order (a parent, then its sub-groups), each with its depth; ancestors without
 * entities of their own appear so that the tree is whole.
 */
export function campaignRollup(
  entities: CampaignEntityProgress[],
  hierarchy: GroupHierarchy,
): CampaignRollupRow[] {
  const tallies = new Map<string, Tally>();
  const names = new Map<string, string>();
  const tallyOf = (key: string) => {
    let tally = tallies.get(key);
    if (!tally) {
      tally = emptyTally();
      tallies.set(key, tally);
    }
    return tally;
  };
  let unowned: Tally | undefined;
  for (const entity of entities) {
    const add = (tally: Tally) => {
      tally.entities += 1;
      if (entity.status === 'done') tally.done += 1;
      if (entity.status === 'done' && entity.exempted)
        tally.doneWithExemption += 1;
      if (entity.status === 'owes') tally.owing += 1;
    };
    if (!entity.owner) {
      unowned ??= emptyTally();
      unowned.own += 1;
      add(unowned);
      continue;
    }
    const key = parseRefKey(entity.owner) ?? entity.owner.toLowerCase();
    names.set(key, entity.owner);
    tallyOf(key).own += 1;
    // The owner and each ancestor once, even if the data has a cycle.
    const seen = new Set<string>();
    for (
      let group: string | undefined = key;
      group && !seen.has(group);
      group = hierarchy.parentOf(group)
    ) {
      seen.add(group);
      add(tallyOf(group));
    }
  }

  const rows: CampaignRollupRow[] = [];
  const byName = (a: string, b: string) => a.localeCompare(b);
  const visit = (
    key: string,
    depth: number,
    parent: string | undefined,
    seen: Set<string>,
  ) => {
    if (seen.has(key)) return;
    seen.add(key);
    const tally = tallies.get(key)!;
    rows.push({
      owner: names.get(key) ?? key,
      ...(parent ? { parent: names.get(parent) ?? parent } : {}),
      depth,
      ...countsOf(tally),
    });
    hierarchy
      .childrenOf(key)
      .filter(child => tallies.has(child))
      .sort(byName)
      .forEach(child => visit(child, depth + 1, key, seen));
  };
  const seen = new Set<string>();
  [...tallies.keys()]
    .filter(key => {
      const parent = hierarchy.parentOf(key);
      return !parent || !tallies.has(parent);
    })
    .sort(byName)
    .forEach(key => visit(key, 0, undefined, seen));
  if (unowned) {
    rows.push({
      owner: null,
      depth: 0,
      ...countsOf(unowned),
    });
  }
  return rows;
}

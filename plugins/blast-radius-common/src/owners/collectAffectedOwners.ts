import { parseEntityRef } from '@backstage/catalog-model';
import {
  BlastRadiusIndex,
  IndexedEntity,
} from '../relationIndex/BlastRadiusIndex';
import {
  BlastRadiusAffectedOwner,
  BlastRadiusEntitySummary,
  BlastRadiusNode,
  BlastRadiusOnCallContact,
} from '../types';

function summaryOfRef(ref: string): BlastRadiusEntitySummary {
  try {
    const { kind, namespace, name } = parseEntityRef(ref);
    return {
      entityRef: ref,
      kind: kind.toLocaleLowerCase('en-US'),
      namespace,
      name,
    };
  } catch {
    return { entityRef: ref, kind: '', namespace: '', name: ref };
  }
}

function contactOf(user: IndexedEntity): BlastRadiusOnCallContact {
  return {
    entityRef: user.entityRef,
    name: user.displayName ?? user.title ?? user.name,
    email: user.email,
  };
}

export interface AffectedEntities {
  /** Ids of every shown entity, nearest first (the limit does not apply). */
  affected: readonly number[];
  /** Their distances, same positions. */
  affectedDistances: readonly number[];
  /** Ids of the answer's nodes, same positions as `nodes`, nearest first. */
  keptIds: readonly number[];
  nodes: readonly BlastRadiusNode[];
  isVisible: (entityRef: string) => boolean;
}

const byName = new Intl.Collator();

/**
 * Groups affected entities by owner and resolves whom to call: a Group's
 * `stagecraft.io/oncall-contact` User (name and email from the User entity)
 * and its `oncall` links, or the owning User itself. Owners and users the
 * requester may not read are named by ref only.
 *
 * Every owner of an affected entity is listed, with how many it owns and its
 * nearest distance, even when all its entities lie beyond the answer's limit;
 * its `entities` are the ones among the answer's nodes.
 */
export function collectAffectedOwners(
  index: BlastRadiusIndex,
  affectedEntities: AffectedEntities,
): BlastRadiusAffectedOwner[] {
  const { affected, affectedDistances, keptIds, nodes, isVisible } =
    affectedEntities;
  const byOwner = new Map<string, BlastRadiusAffectedOwner>();
  const readable = (id: number) => {
    const entity = id >= 0 ? index.entity(id) : undefined;
    return entity && isVisible(entity.entityRef) ? entity : undefined;
  };

  for (let i = 0; i < affected.length; i++) {
    const id = affected[i];
    const ownerRef = index.entity(id).owner;
    if (!ownerRef) {
      continue;
    }
    const known = byOwner.get(ownerRef);
    if (known) {
      known.entityCount += 1;
      continue;
    }
    const ownerId = index.ownerIdOf(id);
    const owner = readable(ownerId);
    const entry: BlastRadiusAffectedOwner = {
      owner: owner
        ? {
            ...summaryOfRef(owner.entityRef),
            title: owner.displayName ?? owner.title,
            email: owner.email,
          }
        : summaryOfRef(ownerRef),
      oncallSchedules: owner?.oncallSchedules ?? [],
      // Entities come nearest first, so the first of an owner is its nearest.
      nearestDistance: affectedDistances[i],
      entityCount: 1,
      entities: [],
    };
    if (owner?.kind === 'user') {
      entry.oncall = contactOf(owner);
    } else if (owner?.oncallContact) {
      const user = readable(index.oncallIdOf(ownerId));
      entry.oncall = user
        ? contactOf(user)
        : { entityRef: owner.oncallContact, name: owner.oncallContact };
    }
    byOwner.set(ownerRef, entry);
  }

  keptIds.forEach((id, position) => {
    const node = nodes[position];
    if (!node.owner) {
      return;
    }
    byOwner.get(node.owner)!.entities.push({
      entityRef: node.entityRef,
      kind: node.kind,
      namespace: node.namespace,
      name: node.name,
      title: node.title,
      type: node.type,
      distance: node.distance,
      system: node.system,
      runbooks: index.entity(id).runbooks,
    });
  });

  return [...byOwner.values()].sort(
    (a, b) =>
      a.nearestDistance - b.nearestDistance ||
      byName.compare(a.owner.title ?? a.owner.name, b.owner.title ?? b.owner.name),
  );
}

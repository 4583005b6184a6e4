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

/** An owner of affected entities, as counted over all of them. */
export interface OwnerTally {
  /** See `BlastRadiusIndex.ownerKeyOf`. */
  ownerKey: number;
  /** The owner's index id, or -1 when it is not in the catalog. */
  ownerId: number;
  entityCount: number;
  nearestDistance: number;
}

export interface AffectedEntities {
  /** Every owner of a shown entity (the limit does not apply). */
  owners: readonly OwnerTally[];
  /** Ids of the answer's nodes, same positions as `nodes`, nearest first. */
  keptIds: readonly number[];
  nodes: readonly BlastRadiusNode[];
  isVisible: (entityRef: string) => boolean;
}

const byName = new Intl.Collator();

/**
 * Resolves whom to call for each owner of affected entities: a Group's
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
  const { owners, keptIds, nodes, isVisible } = affectedEntities;
  const readable = (id: number) => {
    const entity = id >= 0 ? index.entity(id) : undefined;
    return entity && isVisible(entity.entityRef) ? entity : undefined;
  };

  const byOwnerKey = new Map<number, BlastRadiusAffectedOwner>();
  for (const tally of owners) {
    const owner = readable(tally.ownerId);
    const entry: BlastRadiusAffectedOwner = {
      owner: owner
        ? {
            entityRef: owner.entityRef,
            kind: owner.kind,
            namespace: owner.namespace,
            name: owner.name,
            title: owner.displayName ?? owner.title,
            email: owner.email,
          }
        : summaryOfRef(index.ownerRefOfKey(tally.ownerKey)),
      oncallSchedules: owner?.oncallSchedules ?? [],
      entityCount: tally.entityCount,
      nearestDistance: tally.nearestDistance,
      entities: [],
    };
    if (owner?.kind === 'user') {
      entry.oncall = contactOf(owner);
    } else if (owner?.oncallContact) {
      const user = readable(index.oncallIdOf(tally.ownerId));
      entry.oncall = user
        ? contactOf(user)
        : { entityRef: owner.oncallContact, name: owner.oncallContact };
    }
    byOwnerKey.set(tally.ownerKey, entry);
  }

  keptIds.forEach((id, position) => {
    const entry = byOwnerKey.get(index.ownerKeyOf(id));
    if (!entry) {
      return;
    }
    const node = nodes[position];
    entry.entities.push({
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

  return [...byOwnerKey.values()].sort(
    (a, b) =>
      a.nearestDistance - b.nearestDistance ||
      byName.compare(
        a.owner.title ?? a.owner.name,
        b.owner.title ?? b.owner.name,
      ),
  );
}

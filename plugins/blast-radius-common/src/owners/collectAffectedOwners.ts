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

/**
 * Groups shown entities by owner and resolves whom to call: a Group's
 * `stagecraft.io/oncall-contact` User (name and email from the User entity)
 * and its `oncall` links, or the owning User itself. Owners and users the
 * requester may not read are named by ref only.
 *
 * `ids` are the index ids of `nodes`, same positions, nearest first.
 */
export function collectAffectedOwners(
  index: BlastRadiusIndex,
  ids: readonly number[],
  nodes: readonly BlastRadiusNode[],
  isVisible: (entityRef: string) => boolean,
): BlastRadiusAffectedOwner[] {
  const byOwner = new Map<string, BlastRadiusAffectedOwner>();
  const readable = (id: number) => {
    const entity = id >= 0 ? index.entity(id) : undefined;
    return entity && isVisible(entity.entityRef) ? entity : undefined;
  };

  ids.forEach((id, position) => {
    const node = nodes[position];
    if (!node.owner) {
      return;
    }
    let affected = byOwner.get(node.owner);
    if (!affected) {
      const ownerId = index.ownerIdOf(id);
      const owner = readable(ownerId);
      affected = {
        owner: owner
          ? {
              ...summaryOfRef(owner.entityRef),
              title: owner.displayName ?? owner.title,
              email: owner.email,
            }
          : summaryOfRef(node.owner),
        oncallSchedules: owner?.oncallSchedules ?? [],
        entities: [],
      };
      if (owner?.kind === 'user') {
        affected.oncall = contactOf(owner);
      } else if (owner?.oncallContact) {
        const user = readable(index.oncallIdOf(ownerId));
        affected.oncall = user
          ? contactOf(user)
          : { entityRef: owner.oncallContact, name: owner.oncallContact };
      }
      byOwner.set(node.owner, affected);
    }
    affected.entities.push({
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

  // Nodes come nearest first, so the first entity of an owner is its nearest.
  return [...byOwner.values()].sort(
    (a, b) =>
      a.entities[0].distance - b.entities[0].distance ||
      (a.owner.title ?? a.owner.name).localeCompare(
        b.owner.title ?? b.owner.name,
      ),
  );
}

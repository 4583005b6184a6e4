import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  LINK_TYPE_ONCALL,
  oncallContactOf,
} from '@stagecraft/catalog-conventions-common';
import useAsync from 'react-use/esm/useAsync';

export type OwnerOnCall = {
  groupRef: string;
  groupTitle: string;
  /** The on-call User, when the group names one that is in the catalog. */
  contact?: { entityRef: string; name: string; email?: string };
  /** The contact ref the group names but the catalog does not have. */
  unresolvedContactRef?: string;
  /** The group's `metadata.links` entry of type `oncall`. */
  schedule?: { url: string; title?: string };
};

function displayName(entity: Entity): string {
  const profile = entity.spec?.profile as { displayName?: string } | undefined;
  return profile?.displayName ?? entity.metadata.title ?? entity.metadata.name;
}

/**
 * Reads the owner Group's on-call contact and schedule from the catalog.
 * Resolves to undefined when the owner is not a Group in the catalog.
 */
export function useOwnerOnCall(ownerRef: string | undefined) {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async (): Promise<OwnerOnCall | undefined> => {
    if (!ownerRef) {
      return undefined;
    }
    const ref = parseEntityRef(ownerRef, { defaultKind: 'group' });
    if (ref.kind.toLocaleLowerCase('en-US') !== 'group') {
      return undefined;
    }
    const group = await catalogApi.getEntityByRef(ref);
    if (!group) {
      return undefined;
    }
    const result: OwnerOnCall = {
      groupRef: stringifyEntityRef(group),
      groupTitle: group.metadata.title ?? group.metadata.name,
    };
    const oncallLink = group.metadata.links?.find(
      link => link.type?.trim().toLocaleLowerCase('en-US') === LINK_TYPE_ONCALL,
    );
    if (oncallLink) {
      result.schedule = { url: oncallLink.url, title: oncallLink.title };
    }
    const contact = oncallContactOf(group);
    if (contact) {
      const user = contact.ref
        ? await catalogApi.getEntityByRef(contact.ref)
        : undefined;
      if (user) {
        const profile = user.spec?.profile as { email?: string } | undefined;
        result.contact = {
          entityRef: stringifyEntityRef(user),
          name: displayName(user),
          email: profile?.email,
        };
      } else {
        result.unresolvedContactRef = contact.raw;
      }
    }
    return result;
  }, [catalogApi, ownerRef]);
}

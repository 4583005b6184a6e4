import {
  Entity,
  getCompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  buildReadinessCatalogView,
  CheckResult,
  EscalationTarget,
  LINK_TYPE_ONCALL,
  linksOfType,
  oncallContactOf,
  ownerRefOf,
  resolveEscalation,
} from '@stagecraft/plugin-readiness-common';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api';

export type OnCall = {
  ownerRef?: string;
  owner?: Entity;
  contactRef?: string;
  contact?: Entity;
  schedules: Array<{ url: string; title?: string }>;
  escalation: EscalationTarget[];
  /** The escalation-policy check, when the backend has evaluated the entity. */
  escalationCheck?: CheckResult;
  /** The runbook-reviewed check: when the entity's runbooks were last reviewed. */
  runbookReviewCheck?: CheckResult;
};

/**
 * Who to call for `entity`: its owner's on-call contact and schedule, and the
 * on-call service that pages (the entity's own or its owner's). Readiness
 * results add what PagerDuty said, when available; without them the card
 * still works from the catalog alone.
 */
export function useOnCall(entity: Entity) {
  const catalogApi = useApi(catalogApiRef);
  const readinessApi = useApi(readinessApiRef);
  const key = stringifyEntityRef(entity);

  return useAsync(async (): Promise<OnCall> => {
    const ownerRef = ownerRefOf(entity)?.ref;
    const owner = ownerRef
      ? await catalogApi.getEntityByRef(ownerRef)
      : undefined;
    const contactRef = owner ? oncallContactOf(owner)?.ref : undefined;
    const [contact, readiness] = await Promise.all([
      contactRef ? catalogApi.getEntityByRef(contactRef) : undefined,
      readinessApi
        .getEntityResult(getCompoundEntityRef(entity))
        .catch(() => undefined),
    ]);
    return {
      ownerRef: ownerRef ? stringifyEntityRef(ownerRef) : undefined,
      owner,
      contactRef: contactRef ? stringifyEntityRef(contactRef) : undefined,
      contact,
      schedules: owner ? linksOfType(owner, LINK_TYPE_ONCALL) : [],
      escalation: resolveEscalation(
        entity,
        buildReadinessCatalogView(owner ? [entity, owner] : [entity]),
      ),
      escalationCheck: readiness?.checks.find(
        c => c.checkId === 'escalation-policy',
      ),
      runbookReviewCheck: readiness?.checks.find(
        c => c.checkId === 'runbook-reviewed',
      ),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [catalogApi, readinessApi, key]);
}

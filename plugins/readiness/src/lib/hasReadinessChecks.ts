import { Entity } from '@backstage/catalog-model';
import { ApiHolder } from '@backstage/core-plugin-api';
import {
  appliesTo,
  buildReadinessCatalogView,
  CheckDefinition,
} from '@stagecraft/plugin-readiness-common';
import { ReadinessApi, readinessApiRef } from '../api';

const checksByApi = new WeakMap<ReadinessApi, Promise<CheckDefinition[]>>();

function checksOf(api: ReadinessApi): Promise<CheckDefinition[]> {
  let checks = checksByApi.get(api);
  if (!checks) {
    checks = api.listChecks().catch(error => {
      checksByApi.delete(api); // try again on the next page
      throw error;
    });
    checksByApi.set(api, checks);
  }
  return checks;
}

/**
 * For `EntitySwitch.Case if={...}`: true when a configured readiness check
 * applies to the entity (e.g. a production Component or a production stream
 * or queue). Checks are fetched once per page load. Filters on what an
 * entity reads from cannot be judged here and count as not matching.
 */
export async function hasReadinessChecks(
  entity: Entity,
  context: { apis: ApiHolder },
): Promise<boolean> {
  const api = context.apis.get(readinessApiRef);
  if (!api) return false;
  try {
    const checks = await checksOf(api);
    const catalog = buildReadinessCatalogView([entity]);
    return checks.some(check => appliesTo(entity, check.appliesTo, catalog));
  } catch {
    return false;
  }
}

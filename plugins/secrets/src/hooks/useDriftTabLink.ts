import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../routes';

/**
 * A link to the Secrets page's Drift tab filtered by `query`, or undefined when the app
 * has no Secrets page (an entity card can be installed without it).
 */
export function useDriftTabLink(
  query: Record<string, string>,
): string | undefined {
  let root: string | undefined;
  try {
    // useRouteRef runs all its hooks before it throws for an unmounted route, so the
    // hooks run in the same order on every render.
    // eslint-disable-next-line react-hooks/rules-of-hooks
    root = useRouteRef(rootRouteRef)();
  } catch {
    root = undefined;
  }
  if (root === undefined) return undefined;
  const base = root.replace(/\/$/, '');
  return `${base}/drift?${new URLSearchParams(query)}`;
}

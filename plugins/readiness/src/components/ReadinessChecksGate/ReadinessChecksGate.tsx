import { useApiHolder } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { ReactNode } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { hasReadinessChecks } from '../../lib/hasReadinessChecks';

/**
 * Shows its children on a Component's page always, and on any other entity's
 * page only when a configured readiness check applies to it (as the legacy
 * `EntitySwitch.Case if={hasReadinessChecks}` did). The new frontend system's
 * entity filters are synchronous, and only the backend knows which checks are
 * configured, so the card hides itself instead.
 */
export function ReadinessChecksGate(props: { children: ReactNode }) {
  const { entity } = useEntity();
  const apis = useApiHolder();
  const { value: show } = useAsync(
    async () =>
      entity.kind.toLocaleLowerCase('en-US') === 'component' ||
      hasReadinessChecks(entity, { apis }),
    [entity, apis],
  );
  return show ? <>{props.children}</> : null;
}

import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import Typography from '@material-ui/core/Typography';
import {
  EXEMPTION_STATES,
  readinessExemptionApprovePermission,
  type ExemptionFilter,
  type ExemptionState,
} from '@stagecraft/plugin-readiness-common';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { readinessApiRef } from '../../api';
import { ExemptionFiltersBar } from '../ExemptionFiltersBar';
import { ExemptionRow } from '../ExemptionRow';
import { ColumnHeader, ReadinessPageFrame } from '../shared';

const COLUMNS = [
  'Entity',
  'Check',
  'State',
  'Reason',
  'Until',
  'Requested by',
  'Decided by',
  '',
];

/** The filter in the page's URL (`?state=&check=&entity=`), so a filtered view can be linked. */
function useFilterInUrl(): [
  ExemptionFilter,
  (filter: ExemptionFilter) => void,
] {
  const [params, setParams] = useSearchParams();
  const state = params.get('state') ?? '';
  const filter: ExemptionFilter = {
    ...(EXEMPTION_STATES.includes(state as ExemptionState)
      ? { state: state as ExemptionState }
      : {}),
    ...(params.get('check') ? { checkId: params.get('check')! } : {}),
    ...(params.get('entity') ? { entityRef: params.get('entity')! } : {}),
  };
  const setFilter = (next: ExemptionFilter) => {
    const query = new URLSearchParams();
    if (next.state) query.set('state', next.state);
    if (next.checkId) query.set('check', next.checkId);
    if (next.entityRef) query.set('entity', next.entityRef);
    setParams(query, { replace: true });
  };
  return [filter, setFilter];
}

/**
 * Readiness exemptions: each request with its state, reason and expiry, filtered by state,
 * check and entity, with its audit trail. Approvers (`readiness.exemption.approve`) approve
 * or deny requests; requesters withdraw theirs.
 */
export function ExemptionsPage() {
  const api = useApi(readinessApiRef);
  const identityApi = useApi(identityApiRef);
  const approve = usePermission({
    permission: readinessExemptionApprovePermission,
  });
  const [filter, setFilter] = useFilterInUrl();
  const { state, checkId, entityRef } = filter;
  const checks = useAsync(() => api.listChecks(), [api]);
  const user = useAsync(
    async () => (await identityApi.getBackstageIdentity()).userEntityRef,
    [identityApi],
  );
  const exemptions = useAsyncRetry(
    () => api.listExemptions({ state, checkId, entityRef }),
    [api, state, checkId, entityRef],
  );
  const titleOf = (id: string) =>
    checks.value?.find(c => c.id === id)?.title ?? id;

  return (
    <ReadinessPageFrame
      title="Readiness exemptions"
      subtitle="Checks an owner asked to be let off until a date, and what approvers decided"
    >
      <ExemptionFiltersBar
        filter={filter}
        checks={checks.value ?? []}
        onChange={setFilter}
      />
      {exemptions.error && <ResponseErrorPanel error={exemptions.error} />}
      {exemptions.loading && !exemptions.value && <Progress />}
      {exemptions.value?.length === 0 && (
        <Typography>
          No exemption matches. An owner requests one from a failing check on
          the entity's readiness card.
        </Typography>
      )}
      {!!exemptions.value?.length && (
        <Paper>
          <Table size="small" aria-label="Exemptions">
            <ColumnHeader columns={COLUMNS} />
            <TableBody>
              {exemptions.value.map(exemption => (
                <ExemptionRow
                  key={exemption.id}
                  exemption={exemption}
                  checkTitle={titleOf(exemption.checkId)}
                  canApprove={approve.allowed}
                  userRef={user.value}
                  onChanged={exemptions.retry}
                />
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
    </ReadinessPageFrame>
  );
}

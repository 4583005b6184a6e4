import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import type { ExemptionEventAction } from '@stagecraft/plugin-readiness-common';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api';
import { personName } from '../shared';

const ACTIONS: Record<ExemptionEventAction, string> = {
  requested: 'Requested',
  approved: 'Approved',
  denied: 'Denied',
  withdrawn: 'Withdrawn',
  reminded: 'Owner reminded of the expiry',
  expired: 'Expired',
};

/** Every step of one exemption, oldest first, as the backend keeps them. */
export function ExemptionAuditTrail(props: { id: string; version: string }) {
  const api = useApi(readinessApiRef);
  const exemption = useAsync(
    () => api.getExemption(props.id),
    [api, props.id, props.version],
  );
  if (exemption.loading) return <Progress />;
  if (exemption.error) return <ResponseErrorPanel error={exemption.error} />;
  return (
    <List dense aria-label="Audit trail" disablePadding>
      {exemption.value?.events.map(event => (
        <ListItem key={`${event.action} ${event.at}`} disableGutters>
          <ListItemText
            primary={`${event.at.replace('T', ' ').slice(0, 16)} UTC · ${
              ACTIONS[event.action]
            }${event.actor ? ` by ${personName(event.actor)}` : ''}`}
            secondary={event.comment}
          />
        </ListItem>
      ))}
    </List>
  );
}

import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Collapse from '@material-ui/core/Collapse';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { Exemption } from '@stagecraft/plugin-readiness-common';
import { useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { readinessApiRef } from '../../api';
import { errorMessage } from '../../lib/errorMessage';
import { ExemptionAuditTrail } from '../ExemptionAuditTrail';
import {
  ExemptionDecision,
  ExemptionDecisionDialog,
} from '../ExemptionDecisionDialog';
import { ExemptionStateChip, expiryDay, personName } from '../shared';

/**
 * One exemption: entity, check, state, reason, expiry, who asked and who decided; approvers
 * may approve or deny a request, the requester may withdraw it; "History" opens its audit trail.
 */
export function ExemptionRow(props: {
  exemption: Exemption;
  checkTitle: string;
  canApprove: boolean;
  userRef?: string;
  onChanged: () => void;
}) {
  const { exemption } = props;
  const api = useApi(readinessApiRef);
  const alertApi = useApi(alertApiRef);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [decision, setDecision] = useState<ExemptionDecision>();
  const [withdrawing, withdraw] = useAsyncFn(async () => {
    try {
      await api.withdrawExemption(exemption.id);
      props.onChanged();
    } catch (error) {
      alertApi.post({
        message: `Could not withdraw the exemption: ${errorMessage(
          error as Error,
        )}`,
        severity: 'error',
      });
    }
  }, [api, exemption.id]);

  const requested = exemption.state === 'requested';
  const mine = props.userRef === exemption.requestedBy;
  const withdrawable = mine && (requested || exemption.state === 'approved');
  const label = `${exemption.entityRef} ${props.checkTitle}`;

  return (
    <>
      <TableRow aria-label={label}>
        <TableCell>
          <EntityRefLink entityRef={exemption.entityRef} />
        </TableCell>
        <TableCell>{props.checkTitle}</TableCell>
        <TableCell>
          <ExemptionStateChip state={exemption.state} />
        </TableCell>
        <TableCell>{exemption.reason}</TableCell>
        <TableCell>
          <span title={exemption.expiresAt}>
            {expiryDay(exemption.expiresAt)}
          </span>
        </TableCell>
        <TableCell>
          {personName(exemption.requestedBy)}
          <Typography variant="caption" display="block" color="textSecondary">
            {expiryDay(exemption.requestedAt)}
          </Typography>
        </TableCell>
        <TableCell>
          {exemption.decidedBy ? personName(exemption.decidedBy) : '—'}
          {exemption.decisionComment && (
            <Typography variant="caption" display="block" color="textSecondary">
              {exemption.decisionComment}
            </Typography>
          )}
        </TableCell>
        <TableCell>
          <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
            {requested && props.canApprove && (
              <>
                <Button
                  size="small"
                  color="primary"
                  variant="contained"
                  onClick={() => setDecision('approve')}
                >
                  Approve
                </Button>
                <Button size="small" onClick={() => setDecision('deny')}>
                  Deny
                </Button>
              </>
            )}
            {withdrawable && (
              <Button
                size="small"
                disabled={withdrawing.loading}
                onClick={() => withdraw()}
              >
                Withdraw
              </Button>
            )}
            <Button
              size="small"
              aria-expanded={historyOpen}
              onClick={() => setHistoryOpen(!historyOpen)}
            >
              History
            </Button>
          </Box>
        </TableCell>
      </TableRow>
      <TableRow>
        <TableCell
          colSpan={8}
          style={historyOpen ? undefined : { padding: 0, border: 0 }}
        >
          <Collapse in={historyOpen} unmountOnExit>
            <ExemptionAuditTrail
              id={exemption.id}
              version={`${exemption.state} ${exemption.decidedAt ?? ''}`}
            />
          </Collapse>
        </TableCell>
      </TableRow>
      {decision && (
        <ExemptionDecisionDialog
          exemption={exemption}
          checkTitle={props.checkTitle}
          decision={decision}
          onClose={() => setDecision(undefined)}
          onDecided={props.onChanged}
        />
      )}
    </>
  );
}

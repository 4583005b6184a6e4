import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import type { Exemption } from '@stagecraft/plugin-readiness-common';
import { useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { readinessApiRef } from '../../api';
import { errorMessage } from '../../lib/errorMessage';
import { expiryDay, personName } from '../shared';

export type ExemptionDecision = 'approve' | 'deny';

/**
 * Approves or denies a requested exemption, with an optional comment kept in its audit trail.
 * A refusal (not an approver, one's own request) shows the backend's message.
 */
export function ExemptionDecisionDialog(props: {
  exemption: Exemption;
  checkTitle: string;
  decision: ExemptionDecision;
  onClose: () => void;
  onDecided: () => void;
}) {
  const api = useApi(readinessApiRef);
  const { exemption, decision } = props;
  const [comment, setComment] = useState('');
  const [sending, send] = useAsyncFn(async () => {
    const input = comment.trim() ? { comment: comment.trim() } : {};
    await (decision === 'approve'
      ? api.approveExemption(exemption.id, input)
      : api.denyExemption(exemption.id, input));
    props.onDecided();
  }, [api, exemption.id, decision, comment]);
  const verb = decision === 'approve' ? 'Approve' : 'Deny';

  return (
    <Dialog
      open
      onClose={props.onClose}
      aria-labelledby="exemption-decision-title"
      fullWidth
    >
      <DialogTitle id="exemption-decision-title">
        {verb} the exemption from {props.checkTitle}
      </DialogTitle>
      <DialogContent>
        <DialogContentText>
          {personName(exemption.requestedBy)} asks to let {exemption.entityRef}{' '}
          off {props.checkTitle} until {expiryDay(exemption.expiresAt)}:{' '}
          {exemption.reason}
        </DialogContentText>
        <TextField
          id="exemption-decision-comment"
          label="Comment"
          multiline
          minRows={2}
          fullWidth
          margin="normal"
          value={comment}
          onChange={event => setComment(event.target.value)}
        />
        {sending.error && (
          <Alert severity="error" role="alert">
            {errorMessage(sending.error)}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={sending.loading}
          onClick={() => send()}
        >
          {verb}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

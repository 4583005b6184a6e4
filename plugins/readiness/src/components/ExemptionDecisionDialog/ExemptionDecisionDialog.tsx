import { useApi } from '@backstage/core-plugin-api';
import DialogContentText from '@material-ui/core/DialogContentText';
import type { Exemption } from '@stagecraft/plugin-readiness-common';
import { useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { readinessApiRef } from '../../api';
import { expiryDay, FormDialog, MultilineField, personName } from '../shared';

export type ExemptionDecision = 'approve' | 'deny';

/**
 * Approves or denies a requested exemption, with an optional comment kept in its audit trail.
 * A refusal (not an approver, one's own request) shows the backend's message; once decided,
 * it closes (`onClose`) and tells `onDecided`.
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
    props.onClose();
    props.onDecided();
  }, [api, exemption.id, decision, comment]);
  const verb = decision === 'approve' ? 'Approve' : 'Deny';

  return (
    <FormDialog
      id="exemption-decision"
      title={`${verb} the exemption from ${props.checkTitle}`}
      error={sending.error}
      submitLabel={verb}
      submitDisabled={sending.loading}
      onSubmit={() => send()}
      onClose={props.onClose}
    >
      <DialogContentText>
        {personName(exemption.requestedBy)} asks to let {exemption.entityRef}{' '}
        off {props.checkTitle} until {expiryDay(exemption.expiresAt)}:{' '}
        {exemption.reason}
      </DialogContentText>
      <MultilineField
        id="exemption-decision-comment"
        label="Comment"
        minRows={2}
        value={comment}
        onChange={setComment}
      />
    </FormDialog>
  );
}

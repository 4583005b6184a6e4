import { configApiRef, useApi } from '@backstage/core-plugin-api';
import DialogContentText from '@material-ui/core/DialogContentText';
import TextField from '@material-ui/core/TextField';
import {
  CheckResult,
  DEFAULT_EXEMPTION_MAX_DAYS,
  Exemption,
} from '@stagecraft/plugin-readiness-common';
import { useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { readinessApiRef } from '../../api';
import { FormDialog, MultilineField } from '../shared';

const DEFAULT_DAYS = 30;

function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Asks to be let off one failing check of one entity until a date, with a reason. A refusal
 * (not an owner, too far ahead, already exempt) shows the backend's message; once requested, it
 * closes (`onClose`) and tells `onRequested`.
 */
export function RequestExemptionDialog(props: {
  entityRef: string;
  check: Pick<CheckResult, 'checkId' | 'title'>;
  onClose: () => void;
  onRequested: (exemption: Exemption) => void;
}) {
  const api = useApi(readinessApiRef);
  // The longest the backend allows, so that the date field offers only dates it accepts.
  const maxDays =
    useApi(configApiRef).getOptionalNumber(
      'stagecraft.readiness.exemptions.maxDays',
    ) ?? DEFAULT_EXEMPTION_MAX_DAYS;
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState(() =>
    dayFromNow(Math.min(DEFAULT_DAYS, maxDays)),
  );
  const [sending, send] = useAsyncFn(async () => {
    const exemption = await api.requestExemption({
      entityRef: props.entityRef,
      checkId: props.check.checkId,
      reason: reason.trim(),
      expiresAt: new Date(`${until}T00:00:00Z`).toISOString(),
    });
    props.onClose();
    props.onRequested(exemption);
    return exemption;
  }, [api, props.entityRef, props.check.checkId, reason, until]);

  return (
    <FormDialog
      id="request-exemption"
      title={`Request an exemption from ${props.check.title}`}
      error={sending.error}
      submitLabel="Request exemption"
      submitDisabled={sending.loading || !reason.trim() || !until}
      onSubmit={() => send()}
      onClose={props.onClose}
    >
      <DialogContentText>
        While approved, the check counts as passing with an exemption until the
        date you choose (at most {maxDays} days ahead). Approvers see your
        reason.
      </DialogContentText>
      <MultilineField
        id="exemption-reason"
        label="Reason"
        required
        minRows={3}
        value={reason}
        onChange={setReason}
      />
      <TextField
        id="exemption-expires"
        label="Exempt until"
        type="date"
        required
        margin="normal"
        InputLabelProps={{ shrink: true }}
        inputProps={{ min: dayFromNow(1), max: dayFromNow(maxDays) }}
        value={until}
        onChange={event => setUntil(event.target.value)}
      />
    </FormDialog>
  );
}

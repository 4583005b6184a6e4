import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  ROLL_UP_CHECK_IDS,
  type CheckResult,
  type Exemption,
} from '@stagecraft/plugin-readiness-common';
import { useState } from 'react';
import { RequestExemptionDialog } from '../RequestExemptionDialog';
import { expiryDay } from '../shared';

/**
 * Under a failing check: "Request exemption", or that one is already waiting for approval.
 * Nothing under a check that passes or is exempt, nor under a roll-up (it follows the others).
 */
export function ExemptionAction(props: {
  entityRef: string;
  check: CheckResult;
  exemptions?: Exemption[];
  onRequested: () => void;
}) {
  const [open, setOpen] = useState(false);
  const { check } = props;
  if (check.status !== 'fail' && check.status !== 'error') return null;
  if (ROLL_UP_CHECK_IDS.includes(check.checkId)) return null;
  const pending = props.exemptions?.find(
    e => e.checkId === check.checkId && e.state === 'requested',
  );
  if (pending) {
    return (
      <Typography variant="caption" color="textSecondary" display="block">
        Exemption until {expiryDay(pending.expiresAt)} requested, awaiting
        approval.
      </Typography>
    );
  }
  return (
    <Box mt={0.5}>
      <Button size="small" variant="outlined" onClick={() => setOpen(true)}>
        Request exemption
      </Button>
      {open && (
        <RequestExemptionDialog
          entityRef={props.entityRef}
          check={check}
          onClose={() => setOpen(false)}
          onRequested={() => props.onRequested()}
        />
      )}
    </Box>
  );
}

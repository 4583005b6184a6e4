import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Alert from '@material-ui/lab/Alert';
import { ReactNode } from 'react';
import { errorMessage } from '../../lib/errorMessage';

/**
 * A dialog around a small form: its fields, the backend's message when it refused what was
 * sent, Cancel and the submit button.
 */
export function FormDialog(props: {
  id: string;
  title: ReactNode;
  children: ReactNode;
  error?: Error;
  submitLabel: string;
  submitDisabled: boolean;
  onSubmit: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog
      open
      onClose={props.onClose}
      aria-labelledby={`${props.id}-title`}
      fullWidth
    >
      <DialogTitle id={`${props.id}-title`}>{props.title}</DialogTitle>
      <DialogContent>
        {props.children}
        {props.error && (
          <Alert severity="error" role="alert">
            {errorMessage(props.error)}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={props.submitDisabled}
          onClick={props.onSubmit}
        >
          {props.submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

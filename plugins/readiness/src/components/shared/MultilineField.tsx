import TextField from '@material-ui/core/TextField';

/** A form dialog's free-text field, several lines high: a reason, a comment. */
export function MultilineField(props: {
  id: string;
  label: string;
  required?: boolean;
  minRows: number;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      id={props.id}
      label={props.label}
      required={props.required}
      multiline
      minRows={props.minRows}
      fullWidth
      margin="normal"
      value={props.value}
      onChange={event => props.onChange(event.target.value)}
    />
  );
}

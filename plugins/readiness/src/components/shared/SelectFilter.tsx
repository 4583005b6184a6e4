import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';

/** A filter picking one of `options`, or, given an `anyLabel` ("Any …"), none: the empty value. */
export function SelectFilter(props: {
  id: string;
  label: string;
  anyLabel?: string;
  value?: string;
  options: Array<{ value: string; label: string }>;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <TextField
      select
      size="small"
      variant="outlined"
      id={props.id}
      label={props.label}
      style={{ minWidth: 180 }}
      value={props.value ?? ''}
      SelectProps={{ displayEmpty: true }}
      InputLabelProps={{ shrink: true }}
      onChange={event => props.onChange(event.target.value || undefined)}
    >
      {props.anyLabel && <MenuItem value="">{props.anyLabel}</MenuItem>}
      {props.options.map(option => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** A filter picking one of the configured checks, or any. */
export function CheckFilter(props: {
  id: string;
  checks: Array<{ id: string; title: string }>;
  value?: string;
  onChange: (checkId: string | undefined) => void;
}) {
  return (
    <SelectFilter
      id={props.id}
      label="Check"
      anyLabel="Any check"
      value={props.value}
      options={props.checks.map(check => ({
        value: check.id,
        label: check.title,
      }))}
      onChange={props.onChange}
    />
  );
}

import {
  FormControl,
  InputLabel,
  NativeSelect,
  makeStyles,
} from '@material-ui/core';

const ALL = '';

const useStyles = makeStyles({
  select: { flex: '1 1 160px', maxWidth: 280 },
});

/** A native select: light with thousands of rows behind it, and keyboard-friendly. */
export const FilterSelect = (props: {
  id: string;
  label: string;
  value?: string;
  options: { value: string; label: string; count?: number }[];
  onChange: (value?: string) => void;
}) => {
  const classes = useStyles();
  const id = `secrets-filter-${props.id}`;
  return (
    <FormControl className={classes.select}>
      <InputLabel htmlFor={id} shrink>
        {props.label}
      </InputLabel>
      <NativeSelect
        id={id}
        value={props.value ?? ALL}
        onChange={e => {
          const value = e.target.value;
          props.onChange(value === ALL ? undefined : value);
        }}
      >
        <option value={ALL}>All</option>
        {props.options.map(option => (
          <option key={option.value} value={option.value}>
            {option.count === undefined
              ? option.label
              : `${option.label} (${option.count})`}
          </option>
        ))}
      </NativeSelect>
    </FormControl>
  );
};

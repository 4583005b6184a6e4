import { ReactNode } from 'react';
import {
  Box,
  Button,
  InputAdornment,
  TextField,
  makeStyles,
} from '@material-ui/core';
import SearchIcon from '@material-ui/icons/Search';
import GetAppIcon from '@material-ui/icons/GetApp';

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  search: { flex: '2 1 240px' },
}));

/**
 * A list's search field (`filters.search`), its filters (`children`, usually
 * `FilterSelect`s), "Clear filters" while any is set, and the CSV export of
 * what they show.
 */
export const FilterBar = <K extends string>(props: {
  filters: { search?: string } & Partial<Record<K, string>>;
  onChange: (key: 'search', value?: string) => void;
  /** The search field's accessible name, e.g. "Search secrets". */
  searchLabel: string;
  placeholder: string;
  onClear: () => void;
  exportCount: number;
  onExport: () => void;
  children?: ReactNode;
}) => {
  const classes = useStyles();
  return (
    <Box className={classes.bar} role="search">
      <TextField
        className={classes.search}
        label="Search"
        placeholder={props.placeholder}
        value={props.filters.search ?? ''}
        onChange={e => props.onChange('search', e.target.value || undefined)}
        inputProps={{ 'aria-label': props.searchLabel }}
        InputProps={{
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon />
            </InputAdornment>
          ),
        }}
      />
      {props.children}
      {Object.values(props.filters).some(Boolean) && (
        <Button onClick={props.onClear}>Clear filters</Button>
      )}
      <Button
        variant="outlined"
        color="primary"
        startIcon={<GetAppIcon />}
        onClick={props.onExport}
        disabled={props.exportCount === 0}
      >
        Export CSV ({props.exportCount})
      </Button>
    </Box>
  );
};

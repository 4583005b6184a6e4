import {
  Box,
  Button,
  InputAdornment,
  TextField,
  makeStyles,
} from '@material-ui/core';
import SearchIcon from '@material-ui/icons/Search';
import GetAppIcon from '@material-ui/icons/GetApp';
import {
  SecretsFilters,
  STATUS_FILTERS,
  STATUS_FILTER_LABELS,
  StatusFilter,
} from '../../lib/filterSecrets';
import { FilterOption, SecretsFilterOptions } from '../../lib/filterOptions';
import { FilterSelect } from '../shared';

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

const withSelected = (options: FilterOption[], value?: string) =>
  // A value from the URL that no row has any more still shows as selected.
  value && !options.some(o => o.value === value)
    ? [...options, { value, label: value, count: 0 }]
    : options;

/** The filters that pick one related entity, with the options the rows offer. */
const ENTITY_FILTERS = [
  { key: 'store', label: 'Store', options: 'stores' },
  { key: 'owner', label: 'Owner', options: 'owners' },
  { key: 'system', label: 'System', options: 'systems' },
] as const;

export const FiltersBar = (props: {
  filters: SecretsFilters;
  options: SecretsFilterOptions;
  exportCount: number;
  onChange: (key: keyof SecretsFilters, value?: string) => void;
  onClear: () => void;
  onExport: () => void;
}) => {
  const classes = useStyles();
  const { filters, options, onChange } = props;
  const active = Object.values(filters).some(Boolean);
  return (
    <Box className={classes.bar} role="search">
      <TextField
        className={classes.search}
        label="Search"
        placeholder="Name, path, owner, finding…"
        value={filters.search ?? ''}
        onChange={e => onChange('search', e.target.value || undefined)}
        inputProps={{ 'aria-label': 'Search secrets' }}
        InputProps={{
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon />
            </InputAdornment>
          ),
        }}
      />
      {ENTITY_FILTERS.map(({ key, label, options: optionsKey }) => (
        <FilterSelect
          key={key}
          id={key}
          label={label}
          value={filters[key]}
          options={withSelected(options[optionsKey], filters[key])}
          onChange={v => onChange(key, v)}
        />
      ))}
      <FilterSelect
        id="status"
        label="Compliance"
        value={filters.status}
        options={STATUS_FILTERS.map((value: StatusFilter) => ({
          value,
          label: STATUS_FILTER_LABELS[value],
        }))}
        onChange={v => onChange('status', v)}
      />
      {active && <Button onClick={props.onClear}>Clear filters</Button>}
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

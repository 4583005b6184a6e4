import {
  Box,
  Button,
  InputAdornment,
  TextField,
  makeStyles,
} from '@material-ui/core';
import SearchIcon from '@material-ui/icons/Search';
import GetAppIcon from '@material-ui/icons/GetApp';
import type { StoreDrift } from '@stagecraft/plugin-secrets-common';
import {
  DRIFT_KINDS,
  DRIFT_KIND_LABELS,
  DRIFT_SEVERITIES,
  DriftFilters,
} from '../../lib/driftFindings';
import { shortRef } from '../../lib/refs';
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

export const DriftFiltersBar = (props: {
  filters: DriftFilters;
  stores: readonly StoreDrift[];
  exportCount: number;
  onChange: (key: keyof DriftFilters, value?: string) => void;
  onClear: () => void;
  onExport: () => void;
}) => {
  const classes = useStyles();
  const { filters, onChange } = props;
  const active = Object.values(filters).some(Boolean);
  const storeOptions = props.stores.map(s => ({
    value: s.store,
    label: shortRef(s.store, 'resource'),
  }));
  if (filters.store && !storeOptions.some(o => o.value === filters.store)) {
    storeOptions.push({ value: filters.store, label: filters.store });
  }
  return (
    <Box className={classes.bar} role="search">
      <TextField
        className={classes.search}
        label="Search"
        placeholder="Secret, item, evidence, fix…"
        value={filters.search ?? ''}
        onChange={e => onChange('search', e.target.value || undefined)}
        inputProps={{ 'aria-label': 'Search drift findings' }}
        InputProps={{
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon />
            </InputAdornment>
          ),
        }}
      />
      <FilterSelect
        id="drift-kind"
        label="Kind"
        value={filters.kind}
        options={DRIFT_KINDS.map(kind => ({
          value: kind,
          label: DRIFT_KIND_LABELS[kind],
        }))}
        onChange={v => onChange('kind', v)}
      />
      <FilterSelect
        id="drift-severity"
        label="Severity"
        value={filters.severity}
        options={DRIFT_SEVERITIES.map(s => ({ value: s, label: s }))}
        onChange={v => onChange('severity', v)}
      />
      <FilterSelect
        id="drift-store"
        label="Store"
        value={filters.store}
        options={storeOptions}
        onChange={v => onChange('store', v)}
      />
      {active && <Button onClick={props.onClear}>Clear filters</Button>}
      <Button
        variant="outlined"
        color="primary"
        startIcon={<GetAppIcon />}
        onClick={props.onExport}
      >
        Export CSV ({props.exportCount})
      </Button>
    </Box>
  );
};

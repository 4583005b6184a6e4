import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import InputAdornment from '@material-ui/core/InputAdornment';
import Switch from '@material-ui/core/Switch';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import GetAppIcon from '@material-ui/icons/GetApp';
import RefreshIcon from '@material-ui/icons/Refresh';
import SearchIcon from '@material-ui/icons/Search';
import type {
  CheckDefinition,
  SummaryGroupBy,
} from '@stagecraft/plugin-readiness-common';
import { CheckFilter, SelectFilter } from '../shared';

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  search: { flex: '0 1 280px' },
}));

export type Filters = {
  /** Free text; every word must appear in the entity ref. */
  search?: string;
  groupBy: SummaryGroupBy;
  /** The owner, system or domain chosen in the summary. */
  selected?: { groupBy: SummaryGroupBy; key: string };
  checkId?: string;
  failingOnly: boolean;
  /** Only entities that pass every check, some perhaps by an exemption. */
  passingOnly: boolean;
  /** Only entities with a check let off by an approved exemption. */
  exemptedOnly: boolean;
};

const GROUP_LABELS: Record<SummaryGroupBy, string> = {
  owner: 'Owner',
  system: 'System',
  domain: 'Domain',
};

const GROUP_OPTIONS = (Object.keys(GROUP_LABELS) as SummaryGroupBy[]).map(
  groupBy => ({ value: groupBy, label: GROUP_LABELS[groupBy] }),
);

/** The switches that narrow to some entities only, their labels, and the one each turns off. */
const ONLY_SWITCHES = [
  ['failingOnly', 'Failing only', 'passingOnly'],
  ['passingOnly', 'Ready only', 'failingOnly'],
  ['exemptedOnly', 'With an exemption', undefined],
] as const;

export function FiltersBar(props: {
  filters: Filters;
  checks: CheckDefinition[];
  onChange: (filters: Filters) => void;
  onExport: () => void;
  onEvaluate: () => void;
  exporting: boolean;
  evaluating: boolean;
}) {
  const classes = useStyles();
  const { filters, onChange } = props;
  return (
    <Box className={classes.bar}>
      <TextField
        className={classes.search}
        label="Search"
        variant="outlined"
        size="small"
        value={filters.search ?? ''}
        onChange={event =>
          onChange({ ...filters, search: event.target.value || undefined })
        }
        inputProps={{ 'aria-label': 'Search entities' }}
        InputProps={{
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon />
            </InputAdornment>
          ),
        }}
      />
      <SelectFilter
        id="readiness-group-by"
        label="Group by"
        value={filters.groupBy}
        options={GROUP_OPTIONS}
        onChange={groupBy =>
          onChange({ ...filters, groupBy: groupBy as SummaryGroupBy })
        }
      />
      <CheckFilter
        id="readiness-check"
        checks={props.checks}
        value={filters.checkId}
        onChange={checkId => onChange({ ...filters, checkId })}
      />
      {ONLY_SWITCHES.map(([field, label, turnsOff]) => (
        <FormControlLabel
          key={field}
          control={
            <Switch
              checked={filters[field]}
              onChange={(_event, checked) =>
                onChange({
                  ...filters,
                  ...(checked && turnsOff ? { [turnsOff]: false } : {}),
                  [field]: checked,
                })
              }
              color="primary"
            />
          }
          label={label}
        />
      ))}
      {filters.selected && (
        <Chip
          label={`${GROUP_LABELS[filters.selected.groupBy]}: ${
            filters.selected.key
          }`}
          onDelete={() => onChange({ ...filters, selected: undefined })}
        />
      )}
      <Box flexGrow={1} />
      <Button
        variant="outlined"
        startIcon={<RefreshIcon />}
        onClick={props.onEvaluate}
        disabled={props.evaluating}
      >
        Evaluate now
      </Button>
      <Button
        variant="contained"
        color="primary"
        startIcon={<GetAppIcon />}
        onClick={props.onExport}
        disabled={props.exporting}
      >
        Export CSV
      </Button>
    </Box>
  );
}

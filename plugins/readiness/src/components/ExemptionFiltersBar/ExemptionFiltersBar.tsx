import Box from '@material-ui/core/Box';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import {
  EXEMPTION_STATES,
  type CheckDefinition,
  type ExemptionFilter,
  type ExemptionState,
} from '@stagecraft/plugin-readiness-common';
import { EXEMPTION_STATE_LABELS } from '../shared';

/** Narrows the exemptions to one state, one check and one entity (its ref). */
export function ExemptionFiltersBar(props: {
  filter: ExemptionFilter;
  checks: CheckDefinition[];
  onChange: (filter: ExemptionFilter) => void;
}) {
  const { filter, onChange } = props;
  const set = (field: keyof ExemptionFilter, value: string) =>
    onChange({ ...filter, [field]: value || undefined });
  return (
    <Box display="flex" flexWrap="wrap" mb={2} style={{ gap: 16 }}>
      <TextField
        select
        size="small"
        variant="outlined"
        id="exemption-state"
        label="State"
        style={{ minWidth: 180 }}
        value={filter.state ?? ''}
        SelectProps={{ displayEmpty: true }}
        InputLabelProps={{ shrink: true }}
        onChange={event => set('state', event.target.value as ExemptionState)}
      >
        <MenuItem value="">Any state</MenuItem>
        {EXEMPTION_STATES.map(state => (
          <MenuItem key={state} value={state}>
            {EXEMPTION_STATE_LABELS[state]}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        variant="outlined"
        id="exemption-check"
        label="Check"
        style={{ minWidth: 180 }}
        value={filter.checkId ?? ''}
        SelectProps={{ displayEmpty: true }}
        InputLabelProps={{ shrink: true }}
        onChange={event => set('checkId', event.target.value)}
      >
        <MenuItem value="">Any check</MenuItem>
        {props.checks.map(check => (
          <MenuItem key={check.id} value={check.id}>
            {check.title}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        variant="outlined"
        id="exemption-entity"
        label="Entity"
        placeholder="component:default/orders-api"
        style={{ minWidth: 320 }}
        InputLabelProps={{ shrink: true }}
        value={filter.entityRef ?? ''}
        onChange={event => set('entityRef', event.target.value.trim())}
      />
    </Box>
  );
}

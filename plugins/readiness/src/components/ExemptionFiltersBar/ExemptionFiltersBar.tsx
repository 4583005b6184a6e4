import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import {
  EXEMPTION_STATES,
  type CheckDefinition,
  type ExemptionFilter,
} from '@stagecraft/plugin-readiness-common';
import { CheckFilter, EXEMPTION_STATE_LABELS, SelectFilter } from '../shared';

const STATE_OPTIONS = EXEMPTION_STATES.map(state => ({
  value: state,
  label: EXEMPTION_STATE_LABELS[state],
}));

/** Narrows the exemptions to one state, one check and one entity (its ref). */
export function ExemptionFiltersBar(props: {
  filter: ExemptionFilter;
  checks: CheckDefinition[];
  onChange: (filter: ExemptionFilter) => void;
}) {
  const { filter, onChange } = props;
  const set = (field: keyof ExemptionFilter, value?: string) =>
    onChange({ ...filter, [field]: value || undefined });
  return (
    <Box display="flex" flexWrap="wrap" mb={2} style={{ gap: 16 }}>
      <SelectFilter
        id="exemption-state"
        label="State"
        anyLabel="Any state"
        value={filter.state}
        options={STATE_OPTIONS}
        onChange={value => set('state', value)}
      />
      <CheckFilter
        id="exemption-check"
        checks={props.checks}
        value={filter.checkId}
        onChange={value => set('checkId', value)}
      />
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

import {
  Checkbox,
  FormControl,
  InputLabel,
  ListItemText,
  MenuItem,
  OutlinedInput,
  Select,
  SelectProps,
  makeStyles,
} from '@material-ui/core';
import { ReactNode } from 'react';
import { ToggleButton, ToggleButtonGroup } from '@material-ui/lab';
import {
  BLAST_RADIUS_RELATIONS,
  BlastRadiusDirection,
  BlastRadiusGroupBy,
  BlastRadiusQuery,
} from '@stagecraft/plugin-blast-radius-common';

export type GroupByOption = BlastRadiusGroupBy | 'none';

export const DEPTH_OPTIONS: readonly (number | null)[] = [
  1,
  2,
  3,
  4,
  5,
  6,
  8,
  10,
  null,
];

/** Choices for the most entities to show; the backend accepts up to `MAX_BLAST_RADIUS_LIMIT`. */
export const LIMIT_OPTIONS: readonly number[] = [100, 500, 1000, 2000, 5000];

export const KIND_OPTIONS: readonly string[] = [
  'component',
  'resource',
  'system',
  'api',
  'domain',
];

const DIRECTION_LABELS: Record<BlastRadiusDirection, string> = {
  dependents: 'What breaks if this breaks',
  dependencies: 'What this needs',
};

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
  },
  select: { minWidth: 140 },
  wideSelect: { minWidth: 220, maxWidth: 320 },
}));

export interface BlastRadiusControlsProps {
  query: BlastRadiusQuery;
  groupBy: GroupByOption;
  onQueryChange: (query: BlastRadiusQuery) => void;
  onGroupByChange: (groupBy: GroupByOption) => void;
}

/** One outlined, labelled select of the controls; `id` names it for its label. */
function ControlSelect(
  props: Omit<SelectProps, 'labelId' | 'label'> & {
    id: string;
    label: string;
    wide?: boolean;
    /** Keep the label above the field, for a select that shows text when empty. */
    shrinkLabel?: boolean;
    children: ReactNode;
  },
) {
  const { id, label, wide, shrinkLabel, ...selectProps } = props;
  const classes = useStyles();
  const labelId = `blast-radius-${id}`;
  return (
    <FormControl
      variant="outlined"
      size="small"
      className={wide ? classes.wideSelect : classes.select}
    >
      <InputLabel id={labelId} shrink={shrinkLabel || undefined}>
        {label}
      </InputLabel>
      <Select labelId={labelId} label={label} {...selectProps} />
    </FormControl>
  );
}

function relationLabel(id: string): string {
  return BLAST_RADIUS_RELATIONS.find(r => r.id === id)?.label ?? id;
}

/** Direction, depth, relation and kind filters, how many to show, and grouping of the blast radius. */
export function BlastRadiusControls(props: BlastRadiusControlsProps) {
  const { query, groupBy, onQueryChange, onGroupByChange } = props;
  const classes = useStyles();
  const allRelations = BLAST_RADIUS_RELATIONS.map(r => r.id);

  return (
    <div className={classes.root}>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={query.direction}
        aria-label="Direction"
        onChange={(_e, value: BlastRadiusDirection | null) => {
          if (value) {
            onQueryChange({ ...query, direction: value });
          }
        }}
      >
        {(['dependents', 'dependencies'] as const).map(direction => (
          <ToggleButton key={direction} value={direction}>
            {DIRECTION_LABELS[direction]}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>

      <ControlSelect
        id="depth"
        label="Depth"
        value={query.depth === null ? 'all' : String(query.depth)}
        onChange={e => {
          const value = e.target.value as string;
          onQueryChange({
            ...query,
            depth: value === 'all' ? null : Number(value),
          });
        }}
      >
        {DEPTH_OPTIONS.map(depth => (
          <MenuItem
            key={depth ?? 'all'}
            value={depth === null ? 'all' : String(depth)}
          >
            {depth === null
              ? 'All (transitive)'
              : `${depth} ${depth === 1 ? 'hop' : 'hops'}`}
          </MenuItem>
        ))}
      </ControlSelect>

      <ControlSelect
        id="relations"
        label="Relations"
        wide
        multiple
        value={query.relations}
        renderValue={selected =>
          (selected as string[]).length === allRelations.length
            ? 'All relations'
            : (selected as string[]).map(relationLabel).join(', ')
        }
        onChange={e => {
          const selected = e.target.value as string[];
          // Following nothing shows nothing: keep at least one relation.
          if (selected.length > 0) {
            onQueryChange({
              ...query,
              relations: allRelations.filter(id => selected.includes(id)),
            });
          }
        }}
      >
        {BLAST_RADIUS_RELATIONS.map(relation => (
          <MenuItem key={relation.id} value={relation.id}>
            <Checkbox
              size="small"
              checked={query.relations.includes(relation.id)}
            />
            <ListItemText
              primary={relation.label}
              secondary={relation[query.direction].join(', ')}
            />
          </MenuItem>
        ))}
      </ControlSelect>

      <ControlSelect
        id="kinds"
        label="Kinds"
        wide
        shrinkLabel
        multiple
        displayEmpty
        input={<OutlinedInput notched label="Kinds" />}
        value={query.kinds ?? []}
        renderValue={selected =>
          (selected as string[]).length === 0
            ? 'All kinds'
            : (selected as string[]).join(', ')
        }
        onChange={e => {
          const selected = e.target.value as string[];
          onQueryChange({
            ...query,
            kinds: selected.length === 0 ? null : selected,
          });
        }}
      >
        {KIND_OPTIONS.map(kind => (
          <MenuItem key={kind} value={kind}>
            <Checkbox
              size="small"
              checked={query.kinds?.includes(kind) ?? false}
            />
            <ListItemText primary={kind} />
          </MenuItem>
        ))}
      </ControlSelect>

      <ControlSelect
        id="limit"
        label="Show at most"
        value={String(query.limit)}
        onChange={e =>
          onQueryChange({ ...query, limit: Number(e.target.value) })
        }
      >
        {[...new Set([...LIMIT_OPTIONS, query.limit])]
          .sort((a, b) => a - b)
          .map(limit => (
            <MenuItem key={limit} value={String(limit)}>
              {`${limit.toLocaleString('en-US')} entities`}
            </MenuItem>
          ))}
      </ControlSelect>

      <ControlSelect
        id="group-by"
        label="Colour by"
        value={groupBy}
        onChange={e => onGroupByChange(e.target.value as GroupByOption)}
      >
        <MenuItem value="system">System</MenuItem>
        <MenuItem value="owner">Owner</MenuItem>
        <MenuItem value="none">Nothing</MenuItem>
      </ControlSelect>
    </div>
  );
}

import { Box, Typography, makeStyles } from '@material-ui/core';
import { BlastRadiusGroup } from '@stagecraft/plugin-blast-radius-common';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1, 2),
    margin: theme.spacing(1, 0),
  },
  item: { display: 'flex', alignItems: 'center', gap: theme.spacing(0.75) },
  swatch: {
    width: 14,
    height: 14,
    borderRadius: 3,
    border: '1px solid rgba(0, 0, 0, 0.25)',
    flexShrink: 0,
  },
}));

export interface GroupLegendProps {
  title: string;
  groups: BlastRadiusGroup[];
  colors: Map<string | null, string>;
}

/** Which colour is which system or owner, with how many entities each has. */
export function GroupLegend({ title, groups, colors }: GroupLegendProps) {
  const classes = useStyles();
  return (
    <Box aria-label={title} role="list" className={classes.root}>
      {groups.map(group => (
        <div key={group.key ?? 'none'} role="listitem" className={classes.item}>
          <span
            className={classes.swatch}
            style={{ backgroundColor: colors.get(group.key) }}
          />
          <Typography variant="body2">
            {group.label} ({group.nodes.length})
          </Typography>
        </div>
      ))}
    </Box>
  );
}

import Box from '@material-ui/core/Box';
import ButtonBase from '@material-ui/core/ButtonBase';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  PipelineView,
  healthSeverity,
} from '@stagecraft/plugin-pipelines-common';
import { HEALTH_COLORS, HealthChip } from '../HealthChip';

const useStyles = makeStyles(theme => ({
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    padding: theme.spacing(0.5, 1),
    borderRadius: 4,
    borderLeft: '4px solid',
    backgroundColor: theme.palette.background.default,
    textAlign: 'left',
  },
}));

/** Stages that hurt right now, worst first; click one to see its charts. */
export function AttentionStrip({
  view,
  onSelect,
}: {
  view: PipelineView;
  onSelect: (ref: string) => void;
}) {
  const classes = useStyles();
  const troubled = view.stages
    .filter(s => healthSeverity(s.health.state) > healthSeverity('ok'))
    .sort(
      (a, b) => healthSeverity(b.health.state) - healthSeverity(a.health.state),
    );
  const monitored = view.stages.filter(s => s.aws).length;
  if (troubled.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary" data-testid="attention">
        All {monitored} monitored stages are healthy.
      </Typography>
    );
  }
  return (
    <Box display="flex" flexWrap="wrap" gridGap={8} data-testid="attention">
      {troubled.map(stage => (
        <ButtonBase
          key={stage.ref}
          className={classes.item}
          style={{ borderLeftColor: HEALTH_COLORS[stage.health.state] }}
          onClick={() => onSelect(stage.ref)}
        >
          <HealthChip state={stage.health.state} health={stage.health} />
          <Typography variant="body2">
            <strong>{stage.title}</strong>
            {stage.health.reasons[0]
              ? ` — ${stage.health.reasons[0].message}`
              : ''}
          </Typography>
        </ButtonBase>
      ))}
    </Box>
  );
}

import Card from '@material-ui/core/Card';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  STAGE_TYPE_LABELS,
  StageStatus,
  formatMetricValue,
  latestValue,
} from '@stagecraft/plugin-pipelines-common';
import { HEALTH_COLORS, HealthChip } from '../HealthChip';
import { Sparkline } from '../Sparkline';
import { formatAge } from '../../hooks/useNow';

const useStyles = makeStyles(theme => ({
  card: {
    position: 'absolute',
    boxSizing: 'border-box',
    padding: theme.spacing(1, 1.25),
    borderLeftWidth: 5,
    borderLeftStyle: 'solid',
    cursor: 'pointer',
    display: 'flex',
    flexDirection: 'column',
    overflow: 'hidden',
    transition: 'box-shadow 120ms',
    '&:hover': { boxShadow: theme.shadows[4] },
    '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}` },
  },
  selected: {
    boxShadow: `0 0 0 2px ${theme.palette.primary.main}, ${theme.shadows[4]}`,
  },
  top: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: 4,
    flexShrink: 0,
  },
  // Takes the room the chip leaves and wraps between words ("KINESIS / STREAM"):
  // two lines of it are no taller than the chip, so the card keeps its layout.
  type: {
    flex: '1 1 0',
    minWidth: 0,
    overflowWrap: 'anywhere',
    textTransform: 'uppercase',
    letterSpacing: 0.6,
    fontSize: 10,
    lineHeight: 1.2,
    color: theme.palette.text.secondary,
  },
  title: {
    fontWeight: 600,
    fontSize: 13,
    lineHeight: 1.25,
    overflow: 'hidden',
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    marginTop: 2,
    flexShrink: 0,
  },
  metric: {
    flexShrink: 0,
    fontSize: 11.5,
    color: theme.palette.text.secondary,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  stale: { color: theme.palette.warning.main, fontWeight: 600 },
}));

export interface StageNodeProps {
  stage: StageStatus;
  x: number;
  y: number;
  width: number;
  height: number;
  selected: boolean;
  onSelect: (ref: string) => void;
}

function typeLabel(stage: StageStatus): string {
  if (stage.stageType) return STAGE_TYPE_LABELS[stage.stageType];
  // A spec.type such as "cloudwatch-alarm" read as words, like the labelled types.
  return (stage.specType ?? stage.kind).replace(/-/g, ' ');
}

/** One stage of the flow diagram: type, name, health, and its key metric as a sparkline. */
export function StageNode({
  stage,
  x,
  y,
  width,
  height,
  selected,
  onSelect,
}: StageNodeProps) {
  const classes = useStyles();
  const color = HEALTH_COLORS[stage.health.state];
  const key = stage.keyMetric;
  const latest = key ? latestValue(key.points) : undefined;
  let detail: React.ReactNode;
  if (stage.missing) {
    detail = 'Not in the catalog';
  } else if (!stage.aws) {
    detail =
      stage.stageType && stage.problems.length > 0
        ? stage.problems[0]
        : 'No live metrics';
  } else if (key && latest !== undefined) {
    detail = `${key.label}: ${formatMetricValue(latest, key.unit)}`;
  } else if (stage.freshness?.error) {
    detail = stage.freshness.error;
  } else {
    detail = 'No datapoints';
  }
  const topReason = stage.health.reasons.find(
    r => r.state === stage.health.state,
  );

  return (
    <Card
      className={`${classes.card} ${selected ? classes.selected : ''}`}
      style={{ left: x, top: y, width, height, borderLeftColor: color }}
      onClick={() => onSelect(stage.ref)}
      onKeyDown={e => {
        if (e.key === 'Enter' || e.key === ' ') onSelect(stage.ref);
      }}
      tabIndex={0}
      role="button"
      aria-pressed={selected}
      aria-label={`${stage.title}: ${stage.health.state}`}
      data-testid={`stage-${stage.name}`}
    >
      <div className={classes.top}>
        <span className={classes.type}>{typeLabel(stage)}</span>
        {stage.health.state !== 'not-monitored' && (
          <HealthChip state={stage.health.state} health={stage.health} />
        )}
      </div>
      <Typography className={classes.title} title={stage.title}>
        {stage.title}
      </Typography>
      <Typography
        className={classes.metric}
        title={topReason?.message ?? String(detail)}
      >
        {topReason && stage.health.state !== 'ok' ? topReason.message : detail}
        {stage.freshness?.stale && (
          <span className={classes.stale}>
            {' '}
            · stale{' '}
            {formatAge(stage.freshness.staleAgeMs ?? 0).replace(' ago', '')}
          </span>
        )}
      </Typography>
      {key && key.points.length > 1 && (
        <Sparkline
          points={key.points}
          color={color}
          width={width - 24}
          height={24}
        />
      )}
    </Card>
  );
}

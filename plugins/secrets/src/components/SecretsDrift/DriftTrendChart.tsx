import { Typography, makeStyles, useTheme } from '@material-ui/core';
import type {
  DriftKind,
  DriftTrendPoint,
} from '@stagecraft/plugin-secrets-common';
import {
  DRIFT_KINDS,
  DRIFT_KIND_LABELS,
} from '@stagecraft/plugin-secrets-common';
import { DRIFT_KIND_COLORS } from './driftKindColors';

const WIDTH = 600;
const HEIGHT = 160;
const PAD = { top: 8, right: 8, bottom: 20, left: 32 };

const useStyles = makeStyles(theme => ({
  chart: { width: '100%', height: 'auto', maxHeight: 220, display: 'block' },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5, 2),
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  swatch: {
    display: 'inline-block',
    width: 16,
    height: 3,
    verticalAlign: 'middle',
    marginRight: theme.spacing(0.75),
  },
}));

/** Points of one kind's line, in the chart's coordinates; a single day sits in the middle. */
function pointsOf(
  days: readonly DriftTrendPoint[],
  kind: DriftKind,
  max: number,
): [number, number][] {
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const step = days.length > 1 ? plotWidth / (days.length - 1) : 0;
  const first = days.length > 1 ? PAD.left : PAD.left + plotWidth / 2;
  return days.map((day, i) => [
    first + i * step,
    PAD.top + plotHeight * (1 - (day.findings[kind] ?? 0) / max),
  ]);
}

/**
 * Findings by kind per day, oldest on the left: a plain SVG line per kind, with a
 * legend giving each kind's count on the last day.
 */
export const DriftTrendChart = (props: {
  days: readonly DriftTrendPoint[];
}) => {
  const classes = useStyles();
  const theme = useTheme();
  const { days } = props;
  if (days.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No reconciliation has been recorded yet.
      </Typography>
    );
  }
  const max = Math.max(
    1,
    ...days.flatMap(day => DRIFT_KINDS.map(kind => day.findings[kind] ?? 0)),
  );
  const last = days[days.length - 1];
  const axis = theme.palette.text.secondary;
  const bottom = HEIGHT - PAD.bottom;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        className={classes.chart}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Findings by kind per day, ${days[0].date} to ${last.date}`}
      >
        <line
          x1={PAD.left}
          y1={bottom}
          x2={WIDTH - PAD.right}
          y2={bottom}
          stroke={axis}
        />
        <line
          x1={PAD.left}
          y1={PAD.top}
          x2={PAD.left}
          y2={bottom}
          stroke={axis}
        />
        <text
          x={PAD.left - 4}
          y={PAD.top + 8}
          fontSize={10}
          fill={axis}
          textAnchor="end"
        >
          {max}
        </text>
        <text
          x={PAD.left - 4}
          y={bottom}
          fontSize={10}
          fill={axis}
          textAnchor="end"
        >
          0
        </text>
        {days.length > 1 && (
          <text x={PAD.left} y={HEIGHT - 4} fontSize={10} fill={axis}>
            {days[0].date}
          </text>
        )}
        <text
          x={days.length > 1 ? WIDTH - PAD.right : WIDTH / 2}
          y={HEIGHT - 4}
          fontSize={10}
          fill={axis}
          textAnchor={days.length > 1 ? 'end' : 'middle'}
        >
          {last.date}
        </text>
        {DRIFT_KINDS.map(kind => {
          const points = pointsOf(days, kind, max);
          return (
            <g key={kind} data-kind={kind} fill={DRIFT_KIND_COLORS[kind]}>
              <polyline
                points={points
                  .map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`)
                  .join(' ')}
                fill="none"
                stroke={DRIFT_KIND_COLORS[kind]}
                strokeWidth={2}
                strokeLinejoin="round"
              />
              {/* Dots show the days; with one day they are all there is. */}
              {points.map(([x, y], i) => (
                <circle key={i} cx={x} cy={y} r={2.5} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className={classes.legend} aria-label={`Findings on ${last.date}`}>
          {DRIFT_KINDS.map(kind => (
            <li key={kind}>
              <Typography variant="caption">
                <span
                  className={classes.swatch}
                  style={{ backgroundColor: DRIFT_KIND_COLORS[kind] }}
                />
                {DRIFT_KIND_LABELS[kind]}: {last.findings[kind] ?? 0}
              </Typography>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
};

import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  MetricSeries,
  TimeRange,
  formatMetricTick,
  formatMetricValue,
  latestValue,
} from '@stagecraft/plugin-pipelines-common';

const PALETTE = ['#1565c0', '#c62828', '#6a1b9a', '#00838f', '#ef6c00'];

const useStyles = makeStyles(theme => ({
  content: {
    padding: theme.spacing(1.5),
    '&:last-child': { paddingBottom: theme.spacing(1) },
  },
  header: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'baseline',
  },
  empty: {
    height: 160,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    color: theme.palette.text.secondary,
  },
}));

export function formatTick(t: number, range: TimeRange): string {
  const date = new Date(t);
  const time = date.toLocaleTimeString(undefined, {
    hour: '2-digit',
    minute: '2-digit',
  });
  if (range === '7d') {
    return `${date.toLocaleDateString(undefined, {
      weekday: 'short',
    })} ${time}`;
  }
  return time;
}

export interface MetricChartProps {
  title: string;
  series: MetricSeries[];
  range: TimeRange;
  window: { start: number; end: number };
  height?: number;
}

/** One chart of one or more related metrics over the selected range. */
export function MetricChart({
  title,
  series,
  range,
  window,
  height = 160,
}: MetricChartProps) {
  const classes = useStyles();
  const theme = useTheme();
  const unit = series[0]?.unit ?? 'count';
  const hasData = series.some(s => s.points.length > 0);

  const rows = new Map<number, Record<string, number>>();
  for (const s of series) {
    for (const [t, v] of s.points) {
      const row = rows.get(t) ?? { t };
      row[s.id] = v;
      rows.set(t, row);
    }
  }
  const data = [...rows.values()].sort((a, b) => a.t - b.t);
  const latest =
    series.length === 1 ? latestValue(series[0].points) : undefined;

  return (
    <Card
      variant="outlined"
      data-testid={`chart-${series.map(s => s.id).join('-')}`}
    >
      <CardContent className={classes.content}>
        <div className={classes.header}>
          <Typography variant="subtitle2">{title}</Typography>
          {latest !== undefined && (
            <Typography variant="caption" color="textSecondary">
              latest {formatMetricValue(latest, unit)}
            </Typography>
          )}
        </div>
        {hasData ? (
          <ResponsiveContainer
            width="100%"
            height={height}
            initialDimension={{ width: 400, height }}
          >
            <LineChart
              data={data}
              margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            >
              <CartesianGrid
                strokeDasharray="3 3"
                stroke={theme.palette.divider}
              />
              <XAxis
                dataKey="t"
                type="number"
                scale="time"
                domain={[window.start, window.end]}
                tickFormatter={t => formatTick(Number(t), range)}
                tick={{ fontSize: 11, fill: theme.palette.text.secondary }}
                minTickGap={40}
              />
              <YAxis
                width={64}
                allowDecimals={unit !== 'count'}
                tickFormatter={v => formatMetricTick(Number(v), unit)}
                tick={{ fontSize: 11, fill: theme.palette.text.secondary }}
                domain={[0, 'auto']}
              />
              <Tooltip
                labelFormatter={t => new Date(Number(t)).toLocaleString()}
                formatter={(value, name) => {
                  const s = series.find(x => x.id === name);
                  return [
                    formatMetricValue(Number(value), s?.unit ?? unit),
                    s?.label ?? String(name),
                  ];
                }}
              />
              {series.length > 1 && (
                <Legend
                  formatter={(value: string) =>
                    series.find(s => s.id === value)?.label ?? value
                  }
                  wrapperStyle={{ fontSize: 12 }}
                />
              )}
              {series.map((s, i) => (
                <Line
                  key={s.id}
                  type="monotone"
                  dataKey={s.id}
                  stroke={PALETTE[i % PALETTE.length]}
                  strokeWidth={1.5}
                  dot={false}
                  isAnimationActive={false}
                  connectNulls
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        ) : (
          <div className={classes.empty} style={{ height }}>
            <Typography variant="body2">No datapoints in this range</Typography>
          </div>
        )}
      </CardContent>
    </Card>
  );
}

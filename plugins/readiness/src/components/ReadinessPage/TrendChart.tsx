import { InfoCard } from '@backstage/core-components';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import type { TrendPoint } from '@stagecraft/plugin-readiness-common';
import { Line } from 'recharts';
import { DayChart } from '../shared';

export const TREND_DAYS = [7, 30, 90, 180];

/** Average score and share of ready entities per day, from the stored history. */
export function TrendChart(props: {
  points: TrendPoint[];
  days: number;
  onDaysChange: (days: number) => void;
  /** A filter or search narrows the trend: an empty one then means nothing matches. */
  filtered?: boolean;
}) {
  const theme = useTheme();
  const data = props.points.map(point => ({
    day: point.day,
    'Average score': point.averageScore,
    'Ready (%)':
      point.entities > 0
        ? Math.round((100 * point.passing) / point.entities)
        : 0,
  }));
  const latest = props.points[props.points.length - 1];
  const action = (
    <TextField
      select
      size="small"
      id="readiness-trend-period"
      label="Period"
      value={props.days}
      onChange={event => props.onDaysChange(Number(event.target.value))}
      inputProps={{ 'aria-label': 'Trend period' }}
    >
      {TREND_DAYS.map(days => (
        <MenuItem key={days} value={days}>
          Last {days} days
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <InfoCard title="Trend" action={action}>
      {latest ? (
        <Typography variant="body2" color="textSecondary">
          {latest.day}: average score {latest.averageScore}, {latest.passing} of{' '}
          {latest.entities} ready ({props.points.length} day
          {props.points.length === 1 ? '' : 's'} of history).
        </Typography>
      ) : (
        <Typography variant="body2" color="textSecondary">
          {props.filtered
            ? 'No history matches these filters in this period.'
            : 'No history yet: the trend starts with the first evaluation.'}
        </Typography>
      )}
      <DayChart data={data} height={220} yAxis={{ domain: [0, 100] }}>
        {[
          { dataKey: 'Average score', color: theme.palette.primary.main },
          { dataKey: 'Ready (%)', color: theme.palette.success.main },
        ].map(({ dataKey, color }) => (
          <Line
            key={dataKey}
            type="monotone"
            dataKey={dataKey}
            stroke={color}
            strokeWidth={2}
            dot={data.length < 40}
            isAnimationActive={false}
          />
        ))}
      </DayChart>
    </InfoCard>
  );
}

import { InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import type {
  Campaign,
  CampaignHistoryPoint,
} from '@stagecraft/plugin-readiness-common';
import { Line, ReferenceLine } from 'recharts';
import { DayChart } from '../shared';
import { burnUpRows } from './burnUpRows';

/**
 * Burn-up: entities done per day against the entities in scope, from the campaign's daily
 * history, on an axis from the start to the deadline, which is marked.
 */
export function CampaignBurnUpChart(props: {
  campaign: Campaign;
  history: CampaignHistoryPoint[];
}) {
  const theme = useTheme();
  const data = burnUpRows(props.campaign, props.history);
  const latest = props.history[props.history.length - 1];
  return (
    <InfoCard title="Burn-up">
      <Typography variant="body2" color="textSecondary">
        {latest
          ? `${latest.day}: ${latest.done} of ${latest.entities} done (${
              props.history.length
            } day${
              props.history.length === 1 ? '' : 's'
            } of history, deadline ${props.campaign.deadline}).`
          : 'No history yet: a day is recorded each day the campaign runs.'}
      </Typography>
      <DayChart
        data={data}
        height={240}
        label={`Burn-up chart: ${props.history.length} days, ${
          latest ? `${latest.done} of ${latest.entities} done` : 'no data'
        }`}
        yAxis={{ allowDecimals: false }}
      >
        <ReferenceLine
          x={props.campaign.deadline}
          stroke={theme.palette.error.main}
          label={{
            value: 'Deadline',
            // Left of the line, which sits at the axis' right end.
            position: 'insideTopRight',
            fontSize: 11,
            fill: theme.palette.error.main,
          }}
        />
        <Line
          type="stepAfter"
          dataKey="In scope"
          stroke={theme.palette.text.secondary}
          strokeDasharray="4 4"
          // A line of one day is a point: a (solid) dot until there is a second day.
          dot={props.history.length === 1 ? { strokeDasharray: '0' } : false}
          connectNulls
          isAnimationActive={false}
        />
        <Line
          type="monotone"
          dataKey="Done"
          stroke={theme.palette.success?.main ?? theme.palette.primary.main}
          strokeWidth={2}
          connectNulls
          isAnimationActive={false}
        />
      </DayChart>
    </InfoCard>
  );
}

import { InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import type {
  Campaign,
  CampaignHistoryPoint,
} from '@stagecraft/plugin-readiness-common';
import { Line, ReferenceLine } from 'recharts';
import { DayChart } from '../shared';

/**
 * Burn-up: entities done per day against the entities in scope, from the campaign's daily
 * history, with the deadline marked.
 */
export function CampaignBurnUpChart(props: {
  campaign: Campaign;
  history: CampaignHistoryPoint[];
}) {
  const theme = useTheme();
  const data = props.history.map(point => ({
    day: point.day,
    Done: point.done,
    'In scope': point.entities,
  }));
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
          label="Deadline"
        />
        <Line
          type="stepAfter"
          dataKey="In scope"
          stroke={theme.palette.text.secondary}
          strokeDasharray="4 4"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          type="monotone"
          dataKey="Done"
          stroke={theme.palette.success?.main ?? theme.palette.primary.main}
          strokeWidth={2}
          isAnimationActive={false}
        />
      </DayChart>
    </InfoCard>
  );
}
